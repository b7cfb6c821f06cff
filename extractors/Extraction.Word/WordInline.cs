using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>Reads the inline content of a paragraph into tokens: w:t (and math m:t) text, tabs,
/// breaks, field results (not field codes), inserted but not deleted revisions, one branch of
/// mc:AlternateContent, and text boxes (w:txbxContent) as separate block content.</summary>
internal static class WordInline
{
    public static List<InlineToken> Read(OpenXmlElement paragraph, FieldState fields, int maxDepth)
    {
        var tokens = new List<InlineToken>();
        Visit(paragraph, fields, tokens, 0, maxDepth, hidden: false);
        return tokens;
    }

    private static void Visit(OpenXmlElement element, FieldState fields, List<InlineToken> tokens, int depth, int maxDepth, bool hidden)
    {
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
                    Visit(branch, fields, tokens, depth + 1, maxDepth, hidden);
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
                Visit(child, fields, tokens, depth + 1, maxDepth, hidden);
                continue;
            }

            switch (child.LocalName)
            {
                case "t":
                    AddText(hidden ? string.Empty : child.InnerText, fields, tokens);
                    break;
                case "r":
                    // Text formatted hidden (w:vanish) is not shown; its field characters still count.
                    Visit(child, fields, tokens, depth + 1, maxDepth, hidden || WordXml.IsOn(WordXml.Child(child, "rPr"), "vanish"));
                    break;
                case "tab" or "ptab":
                    AddText("\t", fields, tokens);
                    break;
                case "noBreakHyphen":
                    AddText("-", fields, tokens);
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
                    or "endnoteReference" or "commentReference" or "sym" or "softHyphen" or "annotationRef":
                    break;
                default:
                    Visit(child, fields, tokens, depth + 1, maxDepth, hidden);
                    break;
            }
        }
    }

    private static void AddText(string text, FieldState fields, List<InlineToken> tokens)
    {
        if (text.Length > 0 && fields.Visible)
        {
            tokens.Add(new InlineToken(InlineKind.Text, text));
        }
    }
}
