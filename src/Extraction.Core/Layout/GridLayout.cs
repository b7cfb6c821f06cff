using Extraction.Model;

namespace Extraction.Layout;

/// <summary>The grid of one group of lines: column boundaries (Xs), row boundaries (Ys) and which
/// inner borders are drawn.</summary>
internal sealed class GridLayout
{
    private readonly bool[,] _horizontalEdge; // [boundary row index, column]: border under/over the cell
    private readonly bool[,] _verticalEdge;   // [row, boundary column index]

    private GridLayout(List<double> xs, List<double> ys, bool[,] horizontalEdge, bool[,] verticalEdge)
    {
        Xs = xs;
        Ys = ys;
        _horizontalEdge = horizontalEdge;
        _verticalEdge = verticalEdge;
    }

    public IReadOnlyList<double> Xs { get; }

    public IReadOnlyList<double> Ys { get; }

    public int Rows => Ys.Count - 1;

    public int Columns => Xs.Count - 1;

    public BoundingBox Box => new(Xs[0], Ys[0], Xs[^1], Ys[^1]);

    public static GridLayout? Create(List<AxisLine> horizontal, List<AxisLine> vertical, TableBuilderOptions options)
    {
        var xs = LineMerger.ClusterPositions(vertical.Select(v => v.Position), options.MinCellSize);
        var ys = LineMerger.ClusterPositions(horizontal.Select(h => h.Position), options.MinCellSize);

        // Open tables (no outer side borders, or rules that stop short) still end where their lines end.
        var left = horizontal.Min(h => h.Start);
        var right = horizontal.Max(h => h.End);
        var top = vertical.Min(v => v.Start);
        var bottom = vertical.Max(v => v.End);
        if (xs[0] - left >= options.MinCellSize)
        {
            xs.Insert(0, left);
        }

        if (right - xs[^1] >= options.MinCellSize)
        {
            xs.Add(right);
        }

        if (ys[0] - top >= options.MinCellSize)
        {
            ys.Insert(0, top);
        }

        if (bottom - ys[^1] >= options.MinCellSize)
        {
            ys.Add(bottom);
        }

        if (xs.Count < 2 || ys.Count < 2 || xs.Count > options.MaxGridLines || ys.Count > options.MaxGridLines)
        {
            return null;
        }

        var tolerance = Math.Max(options.SnapTolerance, options.MinCellSize);
        var hEdge = new bool[ys.Count, xs.Count - 1];
        for (var i = 0; i < ys.Count; i++)
        {
            var onBoundary = horizontal.Where(h => Math.Abs(h.Position - ys[i]) <= tolerance).ToList();
            for (var c = 0; c < xs.Count - 1; c++)
            {
                hEdge[i, c] = Covered(onBoundary, xs[c], xs[c + 1], options.EdgeCoverage);
            }
        }

        var vEdge = new bool[ys.Count - 1, xs.Count];
        for (var j = 0; j < xs.Count; j++)
        {
            var onBoundary = vertical.Where(v => Math.Abs(v.Position - xs[j]) <= tolerance).ToList();
            for (var r = 0; r < ys.Count - 1; r++)
            {
                vEdge[r, j] = Covered(onBoundary, ys[r], ys[r + 1], options.EdgeCoverage);
            }
        }

        return new GridLayout(xs, ys, hEdge, vEdge);
    }

    /// <summary>Column boundaries and which columns have their outer top and bottom edge drawn.</summary>
    public TableRims Rims()
    {
        var top = new bool[Columns];
        var bottom = new bool[Columns];
        for (var c = 0; c < Columns; c++)
        {
            top[c] = _horizontalEdge[0, c];
            bottom[c] = _horizontalEdge[Rows, c];
        }

        return new TableRims(Xs, top, bottom);
    }

    /// <summary>Index of the grid interval holding <paramref name="value"/> (clamped to the grid).</summary>
    public static int IndexOf(IReadOnlyList<double> bounds, double value)
    {
        for (var i = 1; i < bounds.Count - 1; i++)
        {
            if (value < bounds[i])
            {
                return i - 1;
            }
        }

        return bounds.Count - 2;
    }

    /// <summary>Cells as rectangles: each grows right while no vertical border separates it from
    /// its neighbour, then down while no horizontal border lies under its whole width.</summary>
    public List<(int Row, int Column, int RowSpan, int ColumnSpan)> CellSpans()
    {
        var taken = new bool[Rows, Columns];
        var spans = new List<(int, int, int, int)>();
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                if (taken[r, c])
                {
                    continue;
                }

                var width = 1;
                while (c + width < Columns && !_verticalEdge[r, c + width] && !taken[r, c + width])
                {
                    width++;
                }

                var height = 1;
                while (r + height < Rows && CanGrowDown(r, c, width, height, taken))
                {
                    height++;
                }

                for (var rr = r; rr < r + height; rr++)
                {
                    for (var cc = c; cc < c + width; cc++)
                    {
                        taken[rr, cc] = true;
                    }
                }

                spans.Add((r, c, height, width));
            }
        }

        return spans;
    }

    private bool CanGrowDown(int r, int c, int width, int height, bool[,] taken)
    {
        var next = r + height;
        for (var cc = c; cc < c + width; cc++)
        {
            if (_horizontalEdge[next, cc] || taken[next, cc])
            {
                return false;
            }

            // The new row must not be split inside the span by a vertical border.
            if (cc > c && _verticalEdge[next, cc])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Covered(List<AxisLine> lines, double from, double to, double share)
    {
        var span = to - from;
        if (span <= 0)
        {
            return false;
        }

        var pieces = lines
            .Select(l => (Start: Math.Max(l.Start, from), End: Math.Min(l.End, to)))
            .Where(p => p.End > p.Start)
            .OrderBy(p => p.Start)
            .ToList();
        var covered = 0.0;
        var reach = from;
        foreach (var (start, end) in pieces)
        {
            var s = Math.Max(start, reach);
            if (end > s)
            {
                covered += end - s;
                reach = end;
            }
        }

        return covered >= share * span;
    }
}
