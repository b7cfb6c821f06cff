using Extraction.Model;

namespace Extraction.Layout;

/// <summary>Column boundaries of the parts of one table on successive pages. A part whose rows all span some
/// columns (a lone 加减分项 row, a page of one-column notes) has fewer boundaries than the rest; when each of its
/// boundaries is one of the others', its cells are re-placed on the finer grid so every part has the same columns.</summary>
internal static class ColumnBounds
{
    /// <summary>Whether both tables start and end at the same x and every boundary of
    /// <paramref name="coarse"/> is one of <paramref name="fine"/>'s.</summary>
    public static bool Fits(IReadOnlyList<double> coarse, IReadOnlyList<double> fine, double tolerance) =>
        coarse.Count >= 2 && fine.Count >= 2
        && Math.Abs(coarse[0] - fine[0]) <= tolerance
        && Math.Abs(coarse[^1] - fine[^1]) <= tolerance
        && Map(coarse, fine, tolerance) is not null;

    /// <summary>The table and its rims on the <paramref name="fine"/> boundaries (spans widened where the table
    /// had fewer columns); null when its boundaries do not all fit.</summary>
    public static (Table Table, TableRims Rims)? Regrid(Table table, TableRims rims, IReadOnlyList<double> fine, double tolerance)
    {
        var map = Map(rims.ColumnBounds, fine, tolerance);
        if (map is null || table.ColumnCount != rims.ColumnBounds.Count - 1)
        {
            return null;
        }

        if (map.Length == fine.Count)
        {
            return (table, rims);
        }

        var cells = table.Cells
            .Select(c => c with { Column = map[c.Column], ColumnSpan = map[c.Column + c.ColumnSpan] - map[c.Column] })
            .ToList();
        var columns = fine.Count - 1;
        var top = new bool[columns];
        var bottom = new bool[columns];
        for (var c = 0; c < table.ColumnCount; c++)
        {
            for (var j = map[c]; j < map[c + 1]; j++)
            {
                top[j] = rims.TopRuled[c];
                bottom[j] = rims.BottomRuled[c];
            }
        }

        return (table with { Cells = cells, ColumnCount = columns }, new TableRims(fine, top, bottom));
    }

    /// <summary>For each coarse boundary the index of the fine boundary within tolerance, strictly increasing;
    /// null when one has none.</summary>
    private static int[]? Map(IReadOnlyList<double> coarse, IReadOnlyList<double> fine, double tolerance)
    {
        var map = new int[coarse.Count];
        var j = 0;
        for (var i = 0; i < coarse.Count; i++)
        {
            while (j < fine.Count && fine[j] < coarse[i] - tolerance)
            {
                j++;
            }

            if (j == fine.Count || Math.Abs(fine[j] - coarse[i]) > tolerance || (i > 0 && j <= map[i - 1]))
            {
                return null;
            }

            map[i] = j;
        }

        return map;
    }
}
