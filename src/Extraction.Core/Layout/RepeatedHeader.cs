using Extraction.Model;

namespace Extraction.Layout;

/// <summary>A header repeated at the top of a continued part with no rule under it (reportlab draws the rest of a split
/// table's first row in the same boxes as the repeated header): every cell of the part's first row starts with the text
/// of the first part's header cell in its column, and some hold more. That text is split off into a header row of its
/// own, the rest staying the first row (spans kept).</summary>
internal static class RepeatedHeader
{
    public static Table? Split(Table first, Table part)
    {
        if (first.ColumnCount != part.ColumnCount || part.RowCount == 0 || first.ColumnCount < 2)
        {
            return null;
        }

        var rest = new Dictionary<TableCell, string>(ReferenceEqualityComparer.Instance);
        var header = new List<TableCell>();
        for (var c = 0; c < part.ColumnCount; c++)
        {
            var head = first.CellAt(0, c);
            var cell = part.CellAt(0, c);
            if (head is null || cell is null || head.Row != 0 || head.Column != c || head.ColumnSpan != 1
                || cell.Row != 0 || cell.Column != c || cell.ColumnSpan != 1
                || Key(head.Text).Length == 0 || After(cell.Text, Key(head.Text)) is not { } remainder)
            {
                return null;
            }

            rest[cell] = remainder;
            header.Add(new TableCell(0, c, 1, 1, head.Text, cell.Provenance));
        }

        if (rest.Values.All(r => r.Length == 0))
        {
            return null;
        }

        var moved = part.Cells.Select(c => (rest.TryGetValue(c, out var text) ? c with { Text = text } : c) with { Row = c.Row + 1 });
        return part with { Cells = [.. header, .. moved], RowCount = part.RowCount + 1 };
    }

    private static string Key(string text) => string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));

    /// <summary>The text after a prefix that matches <paramref name="key"/> ignoring white space, or null.</summary>
    private static string? After(string text, string key)
    {
        var matched = 0;
        var i = 0;
        for (; i < text.Length && matched < key.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (text[i] != key[matched])
            {
                return null;
            }

            matched++;
        }

        return matched == key.Length ? text[i..].Trim() : null;
    }
}
