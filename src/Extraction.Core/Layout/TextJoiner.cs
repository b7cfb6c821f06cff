using System.Text;
using Extraction.Model;

namespace Extraction.Layout;

/// <summary>Joins positioned text fragments into reading-order text: fragments are grouped into
/// lines by vertical overlap, ordered left to right, and joined without a separator where Chinese
/// meets Chinese (Chinese has no spaces; a wrapped line is one phrase) and with a space between
/// Latin words.</summary>
public static class TextJoiner
{
    /// <summary>Gap (as a share of the line height) above which two Latin fragments get a space.</summary>
    private const double SpaceGapShare = 0.15;

    /// <summary>Whether a character is written without spaces around it (CJK ideographs, kana,
    /// CJK and full-width punctuation).</summary>
    public static bool IsSpacelessChar(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF'
            or >= '\u3000' and <= '\u303F'
            or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014';

    /// <summary>The separator to put between two pieces of text that are adjacent in reading order.</summary>
    public static string Separator(string before, string after)
    {
        if (before.Length == 0 || after.Length == 0)
        {
            return string.Empty;
        }

        var last = before[^1];
        var first = after[0];
        if (char.IsWhiteSpace(last) || char.IsWhiteSpace(first) || IsSpacelessChar(last) || IsSpacelessChar(first))
        {
            return string.Empty;
        }

        return " ";
    }

    /// <summary>The separator between a line and the next line of the same paragraph (a wrap): as
    /// <see cref="Separator"/>, except where the writer cannot have had a space — after a hyphen, slash, plus or
    /// opening bracket ("变动率-" + "81.31%", "well-" + "known"), before a percent sign or closing bracket, and inside a
    /// number broken after its decimal or thousands separator in Chinese text ("2106." + "12万元").</summary>
    public static string WrapSeparator(string before, string after)
    {
        var separator = Separator(before, after);
        if (separator.Length == 0)
        {
            return separator;
        }

        var last = before[^1];
        var first = after[0];
        if (last is '-' or '/' or '+' or '(' or '[' || first is '%' or '‰' or ')' or ']')
        {
            return string.Empty;
        }

        var tail = before.AsSpan(Math.Max(0, before.Length - 40));
        var head = after.AsSpan(0, Math.Min(after.Length, 40));
        var chinese = HasSpaceless(tail) || HasSpaceless(head);
        return last is '.' or ',' && char.IsDigit(first) && before.Length >= 2 && char.IsDigit(before[^2]) && chinese
            ? string.Empty
            : separator;
    }

    /// <summary>Joins fragments into text: lines in top-to-bottom order joined by
    /// <see cref="Separator"/>, fragments within a line left to right.</summary>
    public static string Join(IEnumerable<TextFragment> fragments)
    {
        var lines = GroupLines(fragments);
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var text = JoinLine(line);
            if (text.Length == 0)
            {
                continue;
            }

            sb.Append(Separator(sb.Length > 0 ? sb[^1].ToString() : string.Empty, text));
            sb.Append(text);
        }

        return sb.ToString().Trim();
    }

    /// <summary>A table cell's text: its lines top to bottom, joined as a wrap (a cell's lines are one phrase wrapped at
    /// the cell's edge): no space inside Chinese text, nor around an operator in Chinese text ("预算数×" + "100%"), nor
    /// inside a number broken at a line end ("94." + "35%", "≥9" + "5%", "1.5" + "0分": a narrow cell wraps Chinese
    /// text at any character, digits included). Used by every table builder, ruled or aligned.</summary>
    public static string JoinCell(IEnumerable<TextFragment> fragments)
    {
        var sb = new StringBuilder();
        foreach (var line in GroupLines(fragments))
        {
            var text = JoinLine(line);
            if (text.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                var before = sb.ToString();
                var separator = WrapSeparator(before, text);
                var numberWrap = (char.IsAsciiDigit(before[^1]) || before[^1] == '.') && (char.IsAsciiDigit(text[0]) || text[0] is '%' or '.');
                if (separator.Length > 0 && (numberWrap || ((IsOperator(before[^1]) || IsOperator(text[0])) && (HasSpaceless(before) || HasSpaceless(text)))))
                {
                    separator = string.Empty;
                }

                sb.Append(separator);
            }

            sb.Append(text);
        }

        return sb.ToString();
    }

    private static bool IsOperator(char c) => c is '×' or '÷' or '≥' or '≤' or '=' or '<' or '>' or '±' or '~' or '*';

    /// <summary>Groups fragments into lines (vertical overlap of at least half the smaller height),
    /// top to bottom, each line sorted left to right.</summary>
    public static IReadOnlyList<IReadOnlyList<TextFragment>> GroupLines(IEnumerable<TextFragment> fragments)
    {
        var sorted = fragments.OrderBy(f => f.Box.Top).ThenBy(f => f.Box.Left).ToList();
        var lines = new List<List<TextFragment>>();
        var boxes = new List<BoundingBox>();
        foreach (var fragment in sorted)
        {
            var placed = false;
            for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 3; i--)
            {
                if (VerticalOverlapShare(boxes[i], fragment.Box) >= 0.5)
                {
                    lines[i].Add(fragment);
                    boxes[i] = boxes[i].Union(fragment.Box);
                    placed = true;
                    break;
                }
            }

            if (!placed)
            {
                lines.Add([fragment]);
                boxes.Add(fragment.Box);
            }
        }

        return lines.Select(l => (IReadOnlyList<TextFragment>)l.OrderBy(f => f.Box.Left).ToList()).ToList();
    }

    private static string JoinLine(IReadOnlyList<TextFragment> line)
    {
        var sb = new StringBuilder();
        TextFragment? previous = null;
        foreach (var fragment in line)
        {
            if (fragment.Text.Length == 0)
            {
                continue;
            }

            if (previous is not null && sb.Length > 0)
            {
                var gap = fragment.Box.Left - previous.Box.Right;
                var height = Math.Max(1, Math.Min(previous.Box.Height, fragment.Box.Height));
                if (gap > SpaceGapShare * height && Separator(sb[^1].ToString(), fragment.Text).Length > 0)
                {
                    sb.Append(' ');
                }
            }

            sb.Append(fragment.Text);
            previous = fragment;
        }

        return sb.ToString().Trim();
    }

    private static double VerticalOverlapShare(BoundingBox a, BoundingBox b)
    {
        var overlap = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        var smaller = Math.Min(a.Height, b.Height);
        if (smaller <= 0)
        {
            return Math.Abs(a.CenterY - b.CenterY) < 1 ? 1 : 0;
        }

        return overlap / smaller;
    }

    private static bool HasSpaceless(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSpacelessChar(c))
            {
                return true;
            }
        }

        return false;
    }
}
