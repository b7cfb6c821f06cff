namespace Extraction.Text;

/// <summary>Estimates how deep a page's elements nest before parsing, because the HTML tree
/// builder slows down with the square of the depth of open elements: a hostile page of
/// 100 000 nested &lt;div&gt;s would take minutes. Counts only elements that need an end tag.</summary>
public static class MarkupNesting
{
    private static readonly HashSet<string> NoEndTagNeeded = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
        "rb", "rt", "rp", "html", "head", "body", "!doctype",
    };

    /// <summary>Deepest nesting of explicitly closed elements seen (an upper-bound estimate).</summary>
    public static int MaxDepth(string html)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
            {
                end++;
            }

            if (end == start)
            {
                i++;
                continue;
            }

            var name = html[start..end];
            if (name.StartsWith("!--", StringComparison.Ordinal) || NoEndTagNeeded.Contains(name))
            {
                i = end;
                continue;
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                if (!closing)
                {
                    // Skip raw text: markup-like strings inside scripts are not elements.
                    var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? html.Length : close + 2 + name.Length;
                    continue;
                }
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
            i = end;
        }

        return max;
    }
}
