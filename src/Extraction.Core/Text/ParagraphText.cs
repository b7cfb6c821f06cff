using System.Text;

namespace Extraction.Text;

/// <summary>Whitespace rules for text taken from markup: soft hyphens are dropped, runs of whitespace become one space,
/// except that a line break between two CJK characters (source wrapping inside a Chinese
/// sentence) disappears, so Chinese text stays intact; ends are trimmed.</summary>
public static class ParagraphText
{
    public const char SoftHyphen = '\u00AD';

    public static string Collapse(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == SoftHyphen)
            {
                // Invisible unless a line is hyphenated there; inside a number or word it must not split it.
                i++;
                continue;
            }

            if (!IsSpace(c))
            {
                sb.Append(c);
                i++;
                continue;
            }

            var start = i;
            var hasBreak = false;
            while (i < raw.Length && IsSpace(raw[i]))
            {
                hasBreak |= raw[i] is '\n' or '\r';
                i++;
            }

            if (start == 0 || i >= raw.Length)
            {
                continue;
            }

            if (hasBreak && IsCjk(raw[start - 1]) && IsCjk(raw[i]))
            {
                continue;
            }

            sb.Append(' ');
        }

        return sb.ToString();
    }

    /// <summary>Collapses each line and drops empty ones; lines stay separated by "\n"
    /// (the form of cell text with in-cell line breaks).</summary>
    public static string CollapseLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var text = Collapse(line);
            if (text.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(text);
        }

        return sb.ToString();
    }

    /// <summary>Whitespace, including no-break and ideographic spaces and zero-width marks.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    /// <summary>Han ideographs, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFFEF');
}
