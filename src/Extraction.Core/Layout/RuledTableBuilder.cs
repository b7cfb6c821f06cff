using Extraction.Model;

namespace Extraction.Layout;

/// <summary>Builds tables from ruling lines and positioned text (the line-to-cell method shared by
/// the PDF reader and OCR): merge lines, group those that touch into tables, take the distinct line
/// positions as the grid, read spans from the inner borders that are missing, and put each text
/// fragment in the cell that holds its centre.</summary>
public sealed class RuledTableBuilder
{
    private readonly TableBuilderOptions _options;

    public RuledTableBuilder(TableBuilderOptions? options = null)
    {
        _options = options ?? TableBuilderOptions.Default;
    }

    /// <summary>Tables on one page, top to bottom. <paramref name="page"/> goes into every provenance.</summary>
    public IReadOnlyList<BuiltTable> Build(
        int page, IEnumerable<RulingSegment> segments, IReadOnlyList<TextFragment> fragments)
    {
        var (horizontal, vertical) = LineMerger.Split(segments, _options);
        if (horizontal.Count + vertical.Count > _options.MaxGridLines * 2)
        {
            horizontal = horizontal.OrderByDescending(l => l.Length).Take(_options.MaxGridLines).ToList();
            vertical = vertical.OrderByDescending(l => l.Length).Take(_options.MaxGridLines).ToList();
        }

        var tables = new List<BuiltTable>();
        var used = new HashSet<int>();
        foreach (var (h, v) in Components(horizontal, vertical))
        {
            var grid = GridLayout.Create(h, v, _options);
            if (grid is null || grid.Rows < _options.MinRows || grid.Columns < _options.MinColumns)
            {
                continue;
            }

            var built = Fill(page, grid, fragments, used);
            if (built is not null)
            {
                tables.Add(built);
            }
        }

        return tables.OrderBy(t => t.Box.Top).ThenBy(t => t.Box.Left).ToList();
    }

    /// <summary>Connected groups of lines: a horizontal and a vertical line are connected when they
    /// cross or meet within the intersection tolerance.</summary>
    private List<(List<AxisLine> H, List<AxisLine> V)> Components(List<AxisLine> horizontal, List<AxisLine> vertical)
    {
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        var tol = _options.IntersectionTolerance;
        for (var i = 0; i < horizontal.Count; i++)
        {
            var h = horizontal[i];
            for (var j = 0; j < vertical.Count; j++)
            {
                var v = vertical[j];
                if (v.Position >= h.Start - tol && v.Position <= h.End + tol
                    && h.Position >= v.Start - tol && h.Position <= v.End + tol)
                {
                    parent[Find(i)] = Find(horizontal.Count + j);
                }
            }
        }

        var groups = new Dictionary<int, (List<AxisLine> H, List<AxisLine> V)>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                group = ([], []);
                groups[root] = group;
            }

            if (i < horizontal.Count)
            {
                group.H.Add(horizontal[i]);
            }
            else
            {
                group.V.Add(vertical[i - horizontal.Count]);
            }
        }

        var tables = groups.Values.Where(g => g.H.Count > 0 && g.V.Count > 0).ToList();
        var lone = groups.Values.Where(g => g.H.Count == 0).SelectMany(g => g.V).ToList();
        LoneVerticals.Attach(tables, lone, tol);
        return tables;
    }

    private BuiltTable? Fill(int page, GridLayout grid, IReadOnlyList<TextFragment> fragments, HashSet<int> used)
    {
        var spans = grid.CellSpans();
        var owner = new int[grid.Rows, grid.Columns];
        for (var k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            for (var r = s.Row; r < s.Row + s.RowSpan; r++)
            {
                for (var c = s.Column; c < s.Column + s.ColumnSpan; c++)
                {
                    owner[r, c] = k;
                }
            }
        }

        var box = grid.Box;
        var contents = spans.Select(_ => new List<TextFragment>()).ToArray();
        var indexes = new List<int>();
        for (var i = 0; i < fragments.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var f = fragments[i];
            var (cx, cy) = (f.Box.CenterX, f.Box.CenterY);
            if (!box.Contains(cx, cy))
            {
                continue;
            }

            var row = GridLayout.IndexOf(grid.Ys, cy);
            var column = GridLayout.IndexOf(grid.Xs, cx);
            contents[owner[row, column]].Add(f);
            indexes.Add(i);
        }

        foreach (var i in indexes)
        {
            used.Add(i);
        }

        var cells = new List<TableCell>(spans.Count);
        for (var k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            var cellBox = new BoundingBox(
                grid.Xs[s.Column], grid.Ys[s.Row], grid.Xs[s.Column + s.ColumnSpan], grid.Ys[s.Row + s.RowSpan]);
            cells.Add(new TableCell(
                s.Row, s.Column, s.RowSpan, s.ColumnSpan, TextJoiner.JoinCell(contents[k]), new Provenance(page, cellBox)));
        }

        var table = new Table(cells, grid.Rows, grid.Columns, new Provenance(page, box));
        return new BuiltTable(table, box, indexes) { Rims = grid.Rims() };
    }
}
