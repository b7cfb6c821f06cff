using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>Finds complex fields that begin (w:fldChar begin) and never end, in document order over what the
/// reader reads (not deleted runs, rows or cells, one branch of mc:AlternateContent). Such a field would
/// hide everything after it as field code; Word shows that text, so the reader ignores those begins.</summary>
internal static class FieldScan
{
    public static HashSet<OpenXmlElement> Unmatched(OpenXmlElement body)
    {
        var open = new Stack<OpenXmlElement>();
        // Document order without recursion: a stack of child enumerators.
        var pending = new Stack<IEnumerator<OpenXmlElement>>();
        pending.Push(body.ChildElements.GetEnumerator());
        while (pending.Count > 0)
        {
            var children = pending.Peek();
            if (!children.MoveNext())
            {
                pending.Pop();
                continue;
            }

            var element = children.Current;
            if (WordXml.Is(element, "AlternateContent", WordXml.Mc))
            {
                if (WordXml.Branch(element) is { } branch)
                {
                    pending.Push(branch.ChildElements.GetEnumerator());
                }

                continue;
            }

            if (WordXml.Is(element, "fldChar"))
            {
                switch (WordXml.Attr(element, "fldCharType"))
                {
                    case "begin":
                        open.Push(element);
                        break;
                    case "end" when open.Count > 0:
                        open.Pop();
                        break;
                }

                continue;
            }

            if (!Skipped(element))
            {
                pending.Push(element.ChildElements.GetEnumerator());
            }
        }

        return [.. open];
    }

    private static bool Skipped(OpenXmlElement element) =>
        element.NamespaceUri == WordXml.W && element.LocalName switch
        {
            "del" or "moveFrom" or "pPr" or "rPr" or "tblPr" or "tcPr" or "sectPr" => true,
            "tr" => WordXml.Child(element, "trPr") is { } row && WordXml.Child(row, "del") is not null,
            "tc" => WordXml.Child(element, "tcPr") is { } cell && WordXml.Child(cell, "cellDel") is not null,
            _ => false,
        };
}
