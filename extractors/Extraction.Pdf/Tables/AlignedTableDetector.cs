using Extraction.Model;
using Extraction.Pdf.Text;

namespace Extraction.Pdf.Tables;

/// <summary>Finds tables without rules (borderless and three-line tables) from text alignment, conservatively:
/// at least <see cref="MinRows"/> successive rows at normal spacing, each split into two or more pieces by wide
/// gaps, whose pieces fall into the same column bands on every row. Anything less stays paragraphs.</summary>
internal static class AlignedTableDetector
{
    public const int MinRows = 3;

    public static (List<Table> Tables, List<TextLine> Prose) Detect(int page, IReadOnlyList<TextLine> lines)
    {
        var rows = Rows(lines);
        var tables = new List<Table>();
        var rest = new List<TextLine>();
        var i = 0;
        while (i < rows.Count)
        {
            var j = i;
            while (j < rows.Count && rows[j].Count >= 2 && (j == i || Follows(rows[j - 1], rows[j])))
            {
                j++;
            }

            if (j - i >= MinRows && Columns(rows.GetRange(i, j - i)) is { } bands)
            {
                tables.Add(ToTable(page, rows.GetRange(i, j - i), bands));
                i = j;
                continue;
            }

            rest.AddRange(rows[i]);
            i++;
        }

        return (tables, rest);
    }

    /// <summary>Pieces that share a baseline band, top to bottom, each row left to right.</summary>
    private static List<List<TextLine>> Rows(IReadOnlyList<TextLine> lines)
    {
        var rows = new List<List<TextLine>>();
        foreach (var line in lines.OrderBy(l => l.Box.CenterY).ThenBy(l => l.Box.Left))
        {
            var last = rows.Count > 0 ? rows[^1] : null;
            if (last is not null && Math.Abs(last[0].Box.CenterY - line.Box.CenterY) < 0.5 * Math.Max(1, last[0].Size))
            {
                last.Add(line);
            }
            else
            {
                rows.Add([line]);
            }
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        }

        return rows;
    }

    private static bool Follows(List<TextLine> above, List<TextLine> below)
    {
        var size = Math.Max(1, above.Max(l => l.Size));
        return below[0].Box.CenterY - above[0].Box.CenterY <= 3.0 * size;
    }

    /// <summary>Column bands (left, right) shared by all rows, or null when some piece straddles two bands
    /// or overlaps none consistently.</summary>
    private static List<(double Left, double Right)>? Columns(List<List<TextLine>> rows)
    {
        var bands = new List<(double Left, double Right)>();
        foreach (var piece in rows.SelectMany(r => r).OrderBy(p => p.Box.Left))
        {
            if (bands.Count > 0 && piece.Box.Left <= bands[^1].Right)
            {
                bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, piece.Box.Right));
            }
            else
            {
                bands.Add((piece.Box.Left, piece.Box.Right));
            }
        }

        if (bands.Count < 2)
        {
            return null;
        }

        // Every row must use at least two bands and at most one piece per band.
        foreach (var row in rows)
        {
            var used = row.Select(p => bands.FindIndex(b => p.Box.Left >= b.Left && p.Box.Right <= b.Right)).ToList();
            if (used.Distinct().Count() != used.Count || used.Distinct().Count() < 2)
            {
                return null;
            }
        }

        return bands;
    }

    private static Table ToTable(int page, List<List<TextLine>> rows, List<(double Left, double Right)> bands)
    {
        var cells = new List<TableCell>();
        var box = rows.SelectMany(r => r).Select(p => p.Box).Aggregate((a, b) => a.Union(b));
        for (var r = 0; r < rows.Count; r++)
        {
            var top = rows[r].Min(p => p.Box.Top);
            var bottom = rows[r].Max(p => p.Box.Bottom);
            for (var c = 0; c < bands.Count; c++)
            {
                var piece = rows[r].FirstOrDefault(p => p.Box.Left >= bands[c].Left && p.Box.Right <= bands[c].Right);
                var cellBox = new BoundingBox(bands[c].Left, top, bands[c].Right, bottom);
                cells.Add(new TableCell(r, c, 1, 1, piece?.Text ?? string.Empty, new Provenance(page, piece?.Box ?? cellBox)));
            }
        }

        return new Table(cells, rows.Count, bands.Count, new Provenance(page, box));
    }
}
