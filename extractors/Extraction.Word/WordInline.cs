using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>Reads the inline content of a paragraph into tokens: w:t (and math m:t) text, tabs, symbols,
/// breaks, field results (not field codes), inserted but not deleted revisions, one branch of
/// mc:AlternateContent, and text boxes (w:txbxContent) as separate block content. Hidden runs (directly
/// or through styles), ruby guide text, and footnote, endnote and comment marks are not text.</summary>
internal static class WordInline
{
    public static List<InlineToken> Read(OpenXmlElement paragraph, FieldState fields, WordStyles styles, int maxDepth)
    {
        var tokens = new List<InlineToken>();
        var visibility = RunVisibility.For(styles, WordXml.Child(paragraph, "pPr"));
        Visit(paragraph, new InlineContext(fields, visibility, tokens, maxDepth), 0, hidden: visibility.Hidden(null));
        return tokens;
    }

    private static void Visit(OpenXmlElement element, InlineContext context, int depth, bool hidden)
    {
        var (fields, visibility, tokens, maxDepth) = context;
        if (depth > maxDepth)
        {
            return;
        }

        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == WordXml.Mc)
            {
                if (child.LocalName == "AlternateContent" && WordXml.Branch(child) is { } branch)
                {
                    Visit(branch, context, depth + 1, hidden);
                }

                continue;
            }

            if (child.NamespaceUri == WordXml.M)
            {
                VisitMath(child, context, depth, hidden);
                continue;
            }

            if (child.NamespaceUri != WordXml.W)
            {
                // Drawing and VML wrappers: look inside for text boxes.
                Visit(child, context, depth + 1, hidden);
                continue;
            }

            switch (child.LocalName)
            {
                case "t":
                    AddText(hidden ? string.Empty : SymbolFontText(child.InnerText, element), fields, tokens);
                    break;
                case "r":
                    // Text formatted hidden (w:vanish) is not shown; its field characters still count.
                    Visit(child, context, depth + 1, visibility.Hidden(WordXml.Child(child, "rPr")));
                    break;
                case "tab" or "ptab":
                    AddText(hidden ? string.Empty : "\t", fields, tokens);
                    break;
                case "noBreakHyphen":
                    AddText(hidden ? string.Empty : "-", fields, tokens);
                    break;
                case "sym":
                    AddText(hidden ? string.Empty : SymbolChar.Of(WordXml.Attr(child, "font"), WordXml.Attr(child, "char")), fields, tokens);
                    break;
                case "br" or "cr" when hidden:
                    break;
                case "br":
                    tokens.Add(WordXml.Attr(child, "type") == "page" ? InlineToken.ExplicitPageBreak : InlineToken.LineBreak);
                    break;
                case "cr":
                    tokens.Add(InlineToken.LineBreak);
                    break;
                case "lastRenderedPageBreak":
                    tokens.Add(InlineToken.RenderedPageBreak);
                    break;
                case "fldChar":
                    switch (WordXml.Attr(child, "fldCharType"))
                    {
                        case "begin":
                            fields.Begin(child);
                            break;
                        case "separate":
                            fields.Separate();
                            break;
                        case "end":
                            fields.End();
                            break;
                    }

                    break;
                case "txbxContent":
                    tokens.Add(new InlineToken(InlineKind.TextBox, TextBox: child));
                    break;
                case "pPr" or "rPr" or "instrText" or "delText" or "del" or "moveFrom" or "delInstrText" or "footnoteReference"
                    or "endnoteReference" or "commentReference" or "softHyphen" or "annotationRef" or "rt":
                    break;
                default:
                    Visit(child, context, depth + 1, hidden);
                    break;
            }
        }
    }

    /// <summary>Text typed in a symbol font (converters write Symbol or Wingdings glyphs as private-use
    /// characters U+F020–U+F0FF in w:t) is mapped like w:sym; other text is returned as it is.</summary>
    private static string SymbolFontText(string text, OpenXmlElement run)
    {
        if (!text.Any(c => c is >= '\uF020' and <= '\uF0FF'))
        {
            return text;
        }

        var fonts = WordXml.Child(run, "rPr") is { } properties ? WordXml.Child(properties, "rFonts") : null;
        var font = WordXml.Attr(fonts, "ascii") ?? WordXml.Attr(fonts, "hAnsi") ?? WordXml.Attr(fonts, "eastAsia");
        var mapped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            mapped.Append(c is >= '\uF020' and <= '\uF0FF' ? SymbolChar.Of(font, ((int)c).ToString("X4", CultureInfo.InvariantCulture)) : c.ToString());
        }

        return mapped.ToString();
    }

    /// <summary>Office Math: the text of m:t, with the operators its layout implies written out, so that a
    /// fraction 85/90 does not read as the number 8590: m:f → num/den, m:d → its brackets and separators,
    /// m:sSup → base^sup, m:rad → √.</summary>
    private static void VisitMath(OpenXmlElement math, InlineContext context, int depth, bool hidden)
    {
        void Text(string text) => AddText(hidden ? string.Empty : text, context.Fields, context.Tokens);

        void Part(string name)
        {
            if (WordXml.Child(math, name, WordXml.M) is { } part)
            {
                Visit(part, context, depth + 1, hidden);
            }
        }

        switch (math.LocalName)
        {
            case "t":
                Text(math.InnerText);
                break;
            case "f":
                Part("num");
                Text("/");
                Part("den");
                break;
            case "d":
                var properties = WordXml.Child(math, "dPr", WordXml.M);
                Text(MathChar(properties, "begChr") ?? "(");
                var first = true;
                foreach (var element in math.ChildElements.Where(e => WordXml.Is(e, "e", WordXml.M)))
                {
                    Text(first ? string.Empty : MathChar(properties, "sepChr") ?? "|");
                    first = false;
                    Visit(element, context, depth + 1, hidden);
                }

                Text(MathChar(properties, "endChr") ?? ")");
                break;
            case "sSup":
                Part("e");
                Text("^");
                Part("sup");
                break;
            case "sSubSup":
                Part("e");
                Part("sub");
                Text("^");
                Part("sup");
                break;
            case "rad":
                Text("√");
                Part("e");
                break;
            default:
                Visit(math, context, depth + 1, hidden);
                break;
        }
    }

    /// <summary>m:val of a math property such as m:dPr/m:begChr; null when the property is absent.</summary>
    private static string? MathChar(OpenXmlElement? properties, string localName)
    {
        var property = properties is null ? null : WordXml.Child(properties, localName, WordXml.M);
        return property?.GetAttributes().FirstOrDefault(a => a.LocalName == "val").Value ?? (property is null ? null : string.Empty);
    }

    private readonly record struct InlineContext(FieldState Fields, RunVisibility Visibility, List<InlineToken> Tokens, int MaxDepth);

    private static void AddText(string text, FieldState fields, List<InlineToken> tokens)
    {
        if (text.Length > 0 && fields.Visible)
        {
            tokens.Add(new InlineToken(InlineKind.Text, text));
        }
    }
}
