using System.Text;
using AngleSharp.Dom;
using Extraction.Text;

namespace Extraction.Html;

/// <summary>The text of an element as lines: &lt;br&gt; and block elements end lines, nested
/// tables contribute one line per row (their cells joined by a space) and are reported to the
/// caller so they can also become tables of their own.</summary>
internal sealed class HtmlText
{
    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();
    private readonly List<IElement> _nestedTables;
    private readonly int _maxDepth;

    private HtmlText(List<IElement> nestedTables, int maxDepth)
    {
        _nestedTables = nestedTables;
        _maxDepth = maxDepth;
    }

    /// <summary>Cell text with in-cell line breaks as "\n". Nested tables found are appended to
    /// <paramref name="nestedTables"/>.</summary>
    public static string Of(IElement element, int depth, int maxDepth, List<IElement> nestedTables)
    {
        var text = new HtmlText(nestedTables, maxDepth);
        text.Visit(element, depth, preformatted: false);
        text.EndLine();
        return ParagraphText.CollapseLines(text._lines);
    }

    /// <summary>Text on one line (headings, captions).</summary>
    public static string OneLine(IElement element, int depth, int maxDepth) =>
        Of(element, depth, maxDepth, []).Replace('\n', ' ');

    public static bool IsBlock(string tag) => tag is
        "p" or "div" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "section" or "article" or "main" or "blockquote"
        or "pre" or "address" or "center" or "figure" or "figcaption" or "caption" or "form" or "fieldset" or "tr"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "header" or "footer" or "hr" or "details" or "summary";

    private void Visit(INode node, int depth, bool preformatted)
    {
        if (node is IText t)
        {
            AppendText(t.Data, preformatted);
            return;
        }

        if (node is not IElement e || depth > _maxDepth || HtmlChrome.IsSkipped(e))
        {
            return;
        }

        switch (e.LocalName)
        {
            case "br":
                EndLine();
                return;
            case "table":
                EndLine();
                AppendTable(e, depth);
                return;
            case "td" or "th":
                // Cells of a row read as one line, separated by a space.
                _line.Append(' ');
                break;
        }

        var block = IsBlock(e.LocalName);
        if (block)
        {
            EndLine();
        }

        var pre = preformatted || e.LocalName is "pre" or "textarea";
        foreach (var child in e.ChildNodes)
        {
            Visit(child, depth + 1, pre);
        }

        if (block)
        {
            EndLine();
        }
    }

    private void AppendTable(IElement table, int depth)
    {
        _nestedTables.Add(table);
        var nested = new List<IElement>();
        foreach (var row in HtmlTables.Rows(table))
        {
            var cells = HtmlTables.Cells(row).Select(c => Of(c, depth + 2, _maxDepth, nested).Replace('\n', ' '));
            _lines.Add(string.Join(' ', cells.Where(c => c.Length > 0)));
        }
    }

    private void AppendText(string data, bool preformatted) =>
        PreformattedRuns.Append(_line, data, preformatted, EndLine);

    private void EndLine()
    {
        if (_line.Length > 0)
        {
            _lines.Add(_line.ToString());
            _line.Clear();
        }
    }
}
