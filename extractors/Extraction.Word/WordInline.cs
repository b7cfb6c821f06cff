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

            if (child.NamespaceUri == WordXml.M && child.LocalName == "t")
            {
                AddText(hidden ? string.Empty : child.InnerText, fields, tokens);
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
                    AddText(hidden ? string.Empty : child.InnerText, fields, tokens);
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
                            fields.Begin();
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

    private readonly record struct InlineContext(FieldState Fields, RunVisibility Visibility, List<InlineToken> Tokens, int MaxDepth);

    private static void AddText(string text, FieldState fields, List<InlineToken> tokens)
    {
        if (text.Length > 0 && fields.Visible)
        {
            tokens.Add(new InlineToken(InlineKind.Text, text));
        }
    }
}
