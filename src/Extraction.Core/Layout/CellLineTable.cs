namespace Extraction.Layout;

/// <summary>Tables copied as text one cell per line (Word/WPS "copy table as text", and converters that
/// write tables that way): every line starting with a TAB is one cell (a lone TAB is an empty cell, which
/// is what a merged cell leaves), a line without the leading TAB continues the cell above (an in-cell line
/// break), and a blank line ends the row (a row wider than the table is split at an indented cell line,
/// where a converter wrote the row break as spaces). Recognised structurally: at least <see cref="MinRows"/> rows of
/// at least <see cref="MinCells"/> cells, at least half of them of the most common cell count.</summary>
public static class CellLineTable
{
    public const int MinRows = 2;
    public const int MinCells = 2;

    /// <summary>A cell line: one TAB, preceded by nothing but spaces.</summary>
    public static bool IsCellLine(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0 || line.IndexOf('\t', tab + 1) >= 0)
        {
            return false;
        }

        for (var i = 0; i < tab; i++)
        {
            if (line[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The run of cell rows starting at <paramref name="start"/>, or null when the lines there are
    /// not such a table. <paramref name="maxRows"/> bounds the rows read.</summary>
    public static CellLineRun? Read(IReadOnlyList<string> lines, int start, int maxRows = 100_000)
    {
        var rows = new List<IReadOnlyList<string>>();
        var indented = new List<int>();
        var end = start;
        var i = start;
        while (i < lines.Count && rows.Count < maxRows && IsCellLine(lines[i]))
        {
            var cells = new List<List<string>>();
            i = ReadRow(lines, i, cells);
            while (rows.Count > 0 && cells.Count < rows[^1].Count && BlankInsideCell(lines, i) is { } resume)
            {
                // A blank line inside a cell (a paragraph break in 评分标准) ended the row too early.
                i = ReadRow(lines, resume, cells);
            }

            if (cells.Count < MinCells)
            {
                break;
            }

            rows.Add(cells.Select(c => string.Join('\n', c.Skip(1).Where(l => l.Length > 0))).ToArray());
            indented.Add(cells.FindLastIndex(c => c[0].Length > 0));
            end = i;
            i = SkipBlank(lines, i);
        }

        if (rows.Count < MinRows)
        {
            return null;
        }

        var width = rows.GroupBy(r => r.Count).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
        return width.Count() * 2 >= rows.Count ? new CellLineRun(SplitOverlong(rows, indented, width.Key), width.Key, end) : null;
    }

    /// <summary>A row wider than the table that holds an indented cell line (spaces before the TAB) is two rows
    /// whose blank separator was lost (the converter wrote it as spaces): it is split there.</summary>
    private static List<IReadOnlyList<string>> SplitOverlong(List<IReadOnlyList<string>> rows, List<int> indented, int width)
    {
        var result = new List<IReadOnlyList<string>>(rows.Count + 1);
        for (var r = 0; r < rows.Count; r++)
        {
            var at = indented[r];
            if (rows[r].Count > width && at >= MinCells && rows[r].Count - at >= MinCells)
            {
                result.Add(rows[r].Take(at).ToArray());
                result.Add(rows[r].Skip(at).ToArray());
            }
            else
            {
                result.Add(rows[r]);
            }
        }

        return result;
    }

    /// <summary>A blank line ends a row; a lone TAB is an empty cell, not a blank line.</summary>
    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line) && !IsCellLine(line);

    private static int SkipBlank(IReadOnlyList<string> lines, int i)
    {
        while (i < lines.Count && IsBlank(lines[i]) && !lines[i].Contains('\f', StringComparison.Ordinal))
        {
            i++;
        }

        return i;
    }

    /// <summary>Where the row goes on when the blank lines at <paramref name="i"/> are followed by plain lines and
    /// then, before the next blank line, by a cell line; else null.</summary>
    private static int? BlankInsideCell(IReadOnlyList<string> lines, int i)
    {
        var next = SkipBlank(lines, i);
        if (next == i || next >= lines.Count || IsCellLine(lines[next]) || lines[next].Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        for (var j = next; j < lines.Count && !IsBlank(lines[j]); j++)
        {
            if (IsCellLine(lines[j]))
            {
                return next;
            }

            if (lines[j].Contains('\t', StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Cell lines and their continuation lines up to a blank line, added to <paramref name="cells"/>;
    /// returns the index after them.</summary>
    private static int ReadRow(IReadOnlyList<string> lines, int start, List<List<string>> cells)
    {
        var i = start;
        for (; i < lines.Count && !IsBlank(lines[i]); i++)
        {
            var line = lines[i];
            if (IsCellLine(line))
            {
                // The first entry holds the indentation before the TAB.
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                cells.Add([line[..tab], line[(tab + 1)..].Trim()]);
            }
            else if (line.Contains('\t', StringComparison.Ordinal) || cells.Count == 0)
            {
                // A tab-separated line is another kind of table: the row ends before it.
                break;
            }
            else
            {
                cells[^1].Add(line.Trim());
            }
        }

        return i;
    }
}
