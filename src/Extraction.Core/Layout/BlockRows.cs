using System.Text.RegularExpressions;

namespace Extraction.Layout;

/// <summary>Rows of a table without rules between its rows, found column by column: within one column the lines of a
/// cell lie closer than the lines of two cells (the cells' padding), so each column falls into blocks (one cell each)
/// even where a neighbouring column centres a taller cell across the same height — grouping whole lines would chain
/// the rows together through it. Blocks of the numeric columns (weight, score) anchor the rows; every other block
/// joins the anchored rows it overlaps (spanning them when it overlaps several), and blocks that overlap none (header
/// rows, rows without numbers) make rows of their own. A label centred over rows it does not touch (a 一级指标 name
/// beside four rows) gets the run of rows it is centred in. Null when the column gaps do not show padding (Word's
/// cells without it), where the caller keeps to whole lines.</summary>
internal static partial class BlockRows
{
    /// <summary>How much wider than a wrap the gap between two cells of one column must be (points).</summary>
    private const double Padding = 3.0;

    internal sealed record Placed(int Row, int Column, int RowSpan, List<int> Words);

    private sealed class Block(int column, List<int> words, double top, double bottom, string text, List<(double Top, double Bottom)> lines)
    {
        public List<(double Top, double Bottom)> Lines { get; } = lines;

        public int Column { get; } = column;

        public List<int> Words { get; } = words;

        public double Top { get; } = top;

        public double Bottom { get; } = bottom;

        public string Text { get; } = text;

        public double Center => (Top + Bottom) / 2;
    }

    private sealed class Row(double top, double bottom)
    {
        public double Top { get; set; } = top;

        public double Bottom { get; set; } = bottom;

        public double Center => (Top + Bottom) / 2;
    }

    public static (int Rows, List<Placed> Cells)? Build(IReadOnlyList<int> words, IReadOnlyList<(double Left, double Right)> columns, IReadOnlyList<TextFragment> fragments, bool requirePadding = true)
    {
        var columnLines = new List<(int Column, List<List<int>> Lines)>();
        for (var c = 0; c < columns.Count; c++)
        {
            var mine = words.Where(w => AlignedGridBuilder.ColumnOf(fragments[w].Box, columns) == c).ToList();
            if (mine.Count > 0)
            {
                columnLines.Add((c, LinesOf(mine, fragments)));
            }
        }

        var gaps = columnLines.SelectMany(cl => cl.Lines.Zip(cl.Lines.Skip(1), (a, b) => Top(b, fragments) - Bottom(a, fragments))).ToList();
        var small = gaps.Where(g => g > -0.5).DefaultIfEmpty(0).Min();
        var threshold = Math.Max(small, 0) + Padding;
        if (requirePadding && (gaps.Count == 0 || !gaps.Any(g => g >= threshold)))
        {
            return null;
        }

        // The smallest gap stands for a wrap only where some cell wraps: two lines of one column that are each a number
        // are two rows (a number does not wrap into another), so where rows are one line each the gap between them is
        // a row's padding, and a threshold above it would run the whole column into one cell.
        var rowGap = columnLines.SelectMany(cl => cl.Lines.Zip(cl.Lines.Skip(1)).Where(p => IsNumber(p.First, fragments) && IsNumber(p.Second, fragments))
            .Select(p => Top(p.Second, fragments) - Bottom(p.First, fragments))).Where(g => g > 0).DefaultIfEmpty(double.MaxValue).Min();
        threshold = Math.Min(threshold, rowGap);

        var blocks = new List<Block>();
        foreach (var (column, lines) in columnLines)
        {
            var current = new List<List<int>> { lines[0] };
            for (var i = 1; i <= lines.Count; i++)
            {
                if (i < lines.Count && Top(lines[i], fragments) - Bottom(lines[i - 1], fragments) < threshold)
                {
                    current.Add(lines[i]);
                    continue;
                }

                var ws = current.SelectMany(l => l).ToList();
                blocks.Add(new Block(column, ws, current.Min(l => Top(l, fragments)), current.Max(l => Bottom(l, fragments)),
                    string.Concat(current.Select(l => string.Concat(l.OrderBy(w => fragments[w].Box.Left).Select(w => fragments[w].Text.Trim())))),
                    current.Select(l => (Top(l, fragments), Bottom(l, fragments))).ToList()));
                if (i < lines.Count)
                {
                    current = [lines[i]];
                }
            }
        }



        // Anchors: blocks of columns that mostly hold numbers; a numeric block of several lines each a number means the
        // gaps were not padding after all.
        var numeric = blocks.GroupBy(b => b.Column)
            .Where(g => g.Count() >= 2 && g.Count(b => NumberCell().IsMatch(b.Text)) * 10 >= g.Count() * 6)
            .Select(g => g.Key).ToHashSet();
        var anchorBlocks = blocks.Where(b => numeric.Contains(b.Column) && NumberCell().IsMatch(b.Text)).OrderBy(b => b.Top).ToList();
        var rows = new List<Row>();
        foreach (var b in anchorBlocks)
        {
            var hit = rows.FindIndex(r => Overlap(r.Top, r.Bottom, b.Top, b.Bottom) > 0);
            if (hit >= 0)
            {
                rows[hit].Top = Math.Min(rows[hit].Top, b.Top);
                rows[hit].Bottom = Math.Max(rows[hit].Bottom, b.Bottom);
            }
            else
            {
                rows.Add(new Row(b.Top, b.Bottom));
            }
        }

        // A cell two of whose lines sit level with two rows' numbers, as far apart as those rows, is two cells: the
        // spacing was even, not padded (a label centred over two rows wraps closer than the rows lie) — unless two
        // successive rows show the padding themselves: a gap wider than a wrap whose middle no line crosses (a label of
        // three lines centred over two rows two lines apart has its first and last lines level with them).
        var lineBoxes = blocks.SelectMany(b => b.Lines).ToList();
        var padded = rows.Zip(rows.Skip(1), (u, d) => (Gap: d.Top - u.Bottom, Middle: (u.Bottom + d.Top) / 2))
            .Any(g => g.Gap >= threshold && !lineBoxes.Any(l => l.Top < g.Middle && l.Bottom > g.Middle));
        foreach (var b in blocks.Where(b => !padded && !anchorBlocks.Contains(b)))
        {
            var level = b.Lines.Select(l => (Line: l, Row: rows.FindIndex(r => Overlap(r.Top, r.Bottom, l.Top, l.Bottom) > 0.5 * (l.Bottom - l.Top))))
                .Where(p => p.Row >= 0).ToList();
            if (level.Any(u => level.Any(d => d.Row > u.Row && Math.Abs((d.Line.Top - u.Line.Top) - (rows[d.Row].Top - rows[u.Row].Top)) < Padding)))
            {
                return null;
            }
        }

        var home = new Dictionary<Block, (int First, int Last)>();
        foreach (var b in anchorBlocks)
        {
            var r = rows.FindIndex(row => Overlap(row.Top, row.Bottom, b.Top, b.Bottom) > 0);
            home[b] = (r, r);
        }

        // Blocks that overlap exactly one row's numbers belong to that row and widen it (a criterion over four lines);
        // judged against the numbers alone, so the order blocks are met in does not matter. Then the rest are placed
        // against the widened rows: one row, several (a span), or none.
        var anchored = rows.Select(r => new Row(r.Top, r.Bottom)).ToList();
        var rest = new List<Block>();
        foreach (var b in blocks.Where(b => !home.ContainsKey(b)))
        {
            var hits = Hits(anchored, b);
            if (hits.Count == 1)
            {
                home[b] = (hits[0], hits[0]);
                rows[hits[0]].Top = Math.Min(rows[hits[0]].Top, b.Top);
                rows[hits[0]].Bottom = Math.Max(rows[hits[0]].Bottom, b.Bottom);
            }
            else
            {
                rest.Add(b);
            }
        }

        foreach (var b in rest.ToList())
        {
            var hits = Hits(rows, b);
            if (hits.Count > 0)
            {
                home[b] = (hits[0], hits[^1]);
                rest.Remove(b);
            }
        }

        // A block overlapping no row but closer to the rows beside it than a cell's padding is a label between them
        // (centred over two rows, or the rest of one); the others make rows of their own (header rows, rows without
        // numbers), grouped when they overlap.
        var orphans = new List<Block>();
        foreach (var b in rest.OrderBy(b => b.Top))
        {
            var above = Enumerable.Range(0, rows.Count).Where(i => rows[i].Bottom <= b.Top + 0.5).DefaultIfEmpty(-1).MaxBy(i => i < 0 ? double.MinValue : rows[i].Bottom);
            var below = Enumerable.Range(0, rows.Count).Where(i => rows[i].Top >= b.Bottom - 0.5).DefaultIfEmpty(-1).MinBy(i => i < 0 ? double.MaxValue : rows[i].Top);
            var nearAbove = above >= 0 && b.Top - rows[above].Bottom < threshold;
            var nearBelow = below >= 0 && rows[below].Top - b.Bottom < threshold;
            if (nearAbove || nearBelow)
            {
                home[b] = (nearAbove ? above : below, nearBelow ? below : above);
            }
            else
            {
                orphans.Add(b);
            }
        }

        rest = orphans;
        var orphanRows = new List<Row>();
        foreach (var b in orphans)
        {
            var last = orphanRows.Count > 0 ? orphanRows[^1] : null;
            if (last is not null && Overlap(last.Top, last.Bottom, b.Top, b.Bottom) > 0)
            {
                last.Top = Math.Min(last.Top, b.Top);
                last.Bottom = Math.Max(last.Bottom, b.Bottom);
            }
            else
            {
                orphanRows.Add(new Row(b.Top, b.Bottom));
            }
        }

        if (orphanRows.Count > 0)
        {
            // Re-key the rows already placed after merging in the new ones.
            var old = rows.ToList();
            rows = [.. rows.Concat(orphanRows).OrderBy(r => r.Top)];
            foreach (var b in home.Keys.ToList())
            {
                home[b] = (rows.IndexOf(old[home[b].First]), rows.IndexOf(old[home[b].Last]));
            }
        }

        foreach (var b in rest)
        {
            var hits = Hits(rows, b);
            home[b] = hits.Count == 0 ? (Nearest(rows, b), Nearest(rows, b)) : (hits[0], hits[^1]);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        // Centred cells: where a row is taller than its numbers, they sit in its middle rather than at its top.
        var votes = anchorBlocks.Select(b => (Row: rows[home[b].First], Block: b))
            .Where(p => p.Row.Bottom - p.Row.Top - (p.Block.Bottom - p.Block.Top) > 4)
            .Select(p => Math.Abs(p.Block.Center - p.Row.Center) < p.Block.Top - p.Row.Top).ToList();
        var centred = votes.Count > 0 && votes.Count(v => v) * 2 > votes.Count;
        var firstNumeric = numeric.Count > 0 ? numeric.Min() : columns.Count;


        // Left of the numbers, full columns (codes, indicator names, criteria) have a cell on nearly every row and label
        // columns (一级/二级指标) fewer; a row most full columns leave empty (小计, 合计) closes the labels' runs.
        var perColumn = home.Keys.Where(b => b.Column < firstNumeric).GroupBy(b => b.Column).ToDictionary(g => g.Key, g => g.Count());
        var most = perColumn.Values.DefaultIfEmpty(0).Max();
        var full = perColumn.Where(kv => kv.Value * 5 >= most * 4).Select(kv => kv.Key).ToList();
        int Filled(IEnumerable<int> columns, int r) => columns.Count(c => home.Any(kv => kv.Key.Column == c && kv.Value.First <= r && r <= kv.Value.Last));
        // A 小计 or 合计 printed in the code column fills that full column, so it is told by the columns most rows fill
        // (codes, names, criteria): a row with text in one of three or more of them is a summary row as well.
        var busy = perColumn.Where(kv => kv.Value * 2 >= most).Select(kv => kv.Key).ToList();
        var breaks = Enumerable.Range(0, rows.Count)
            .Where(r => Filled(full, r) * 2 <= full.Count || (busy.Count >= 3 && Filled(busy, r) <= 1)).ToHashSet();

        var cells = new List<Placed>();
        foreach (var group in home.GroupBy(kv => kv.Key.Column))
        {
            var label = centred && group.Key < firstNumeric && !full.Contains(group.Key);
            var spans = Spans(group.Select(kv => (kv.Key, kv.Value.First, kv.Value.Last)).ToList(), rows, label, breaks);
            if (centred && group.Key < firstNumeric)
            {
                spans = Recentred(spans, rows, breaks);
            }

            foreach (var (first, last, members) in spans)
            {
                cells.Add(new Placed(first, group.Key, last - first + 1, members.SelectMany(b => b.Words).ToList()));
            }
        }

        return (rows.Count, cells);
    }

    /// <summary>In a table that centres its cells, a name whose middle sits more than half a line off the middle of the
    /// rows it touches is centred over more rows than it touches: a 二级 name over two rows the second of which is taller
    /// (a wrapped criterion) overlaps only that one. It gets the run of rows beside it that its column leaves empty (up to
    /// the next name, never over a 小计 or 合计 row) whose middle it sits in, when that run puts it within half a line.
    /// A name centred in its own row is left alone, so a row that has no such name stays empty.</summary>
    private static List<(int First, int Last, List<Block> Members)> Recentred(List<(int First, int Last, List<Block> Members)> cells, List<Row> rows, ISet<int> breaks)
    {
        var result = cells.ToList();
        for (var k = 0; k < result.Count; k++)
        {
            var (first, last, members) = result[k];
            var top = members.Min(b => b.Top);
            var bottom = members.Max(b => b.Bottom);
            var centre = (top + bottom) / 2;
            var halfLine = members.SelectMany(b => b.Lines).Min(l => l.Bottom - l.Top) / 2;
            double Off(int s, int e) => Math.Abs((RowTop(rows, s) + RowBottom(rows, e)) / 2 - centre);
            if (Off(first, last) <= halfLine)
            {
                continue;
            }

            var low = k > 0 ? result[k - 1].Last + 1 : 0;
            var high = k + 1 < result.Count ? result[k + 1].First - 1 : rows.Count - 1;
            var best = (First: first, Last: last, Off: Off(first, last));
            for (var s = first; s >= low && (s == first || !breaks.Contains(s)); s--)
            {
                for (var e = last; e <= high && (e == last || !breaks.Contains(e)); e++)
                {
                    if (Off(s, e) < best.Off)
                    {
                        best = (s, e, Off(s, e));
                    }
                }
            }

            if (best.Off <= halfLine)
            {
                result[k] = (best.First, best.Last, members);
            }
        }

        return result;
    }

    /// <summary>A row's upper edge: the middle of the padding above it (half the usual padding above the first row).</summary>
    private static double RowTop(List<Row> rows, int i) => i == 0 ? rows[0].Top - HalfPadding(rows) : (rows[i - 1].Bottom + rows[i].Top) / 2;

    /// <summary>A row's lower edge: the middle of the padding below it (half the usual padding below the last row).</summary>
    private static double RowBottom(List<Row> rows, int i) => i == rows.Count - 1 ? rows[i].Bottom + HalfPadding(rows) : (rows[i].Bottom + rows[i + 1].Top) / 2;

    private static double HalfPadding(List<Row> rows)
    {
        var gaps = rows.Zip(rows.Skip(1), (a, b) => b.Top - a.Bottom).Order().ToList();
        return gaps.Count > 0 ? Math.Max(0, gaps[gaps.Count / 2]) / 2 : 0;
    }

    /// <summary>One column's cells: blocks on the same rows are one cell; a block spanning rows keeps them unless another
    /// block claims one; a column that leaves rows empty and centres its labels gets, for each label, the run of rows it is
    /// centred in (read top to bottom, each run starting after the one above; a row in <paramref name="breaks"/>, a 小计
    /// or 合计 row without an indicator name, belongs to no run).</summary>
    private static List<(int First, int Last, List<Block> Members)> Spans(List<(Block Block, int First, int Last)> placed, List<Row> rows, bool centred, ISet<int> breaks)
    {
        var cells = new List<(int First, int Last, List<Block> Members)>();
        foreach (var (block, first, last) in placed.OrderBy(p => p.First).ThenBy(p => p.Block.Top))
        {
            if (cells.Count > 0 && first <= cells[^1].Last)
            {
                cells[^1] = (cells[^1].First, Math.Max(cells[^1].Last, last), [.. cells[^1].Members, block]);
            }
            else
            {
                cells.Add((first, last, [block]));
            }
        }

        var covered = cells.Sum(c => c.Last - c.First + 1);
        if (!centred || covered == rows.Count)
        {
            return cells;
        }

        // Centred hypothesis: each label is the middle of a run that starts right after the run above (the first at the
        // first row), rows reaching to the middle of the padding between them.
        double TopOf(int i) => RowTop(rows, i);
        double BottomOf(int i) => RowBottom(rows, i);
        var runs = new List<(int First, int Last, List<Block> Members)>();
        var start = 0;
        var tolerance = 0.35 * Enumerable.Range(0, rows.Count).Select(i => BottomOf(i) - TopOf(i)).Order().ElementAt(rows.Count / 2);
        for (var k = 0; k < cells.Count; k++)
        {
            var centre = cells[k].Members.Min(b => b.Top) / 2 + cells[k].Members.Max(b => b.Bottom) / 2;
            while (start < cells[k].First && breaks.Contains(start))
            {
                start++;
            }

            var limit = k + 1 < cells.Count ? cells[k + 1].First - 1 : rows.Count - 1;
            for (var r = cells[k].Last + 1; r <= limit; r++)
            {
                if (breaks.Contains(r))
                {
                    limit = r - 1;
                    break;
                }
            }

            var end = -1;
            var best = tolerance;
            for (var e = cells[k].Last; e <= limit; e++)
            {
                var off = Math.Abs((TopOf(start) + BottomOf(e)) / 2 - centre);
                if (off <= best)
                {
                    (end, best) = (e, off);
                }
            }


            if (start > cells[k].First || end < 0)
            {
                return cells;
            }

            runs.Add((start, end, cells[k].Members));
            start = end + 1;
        }

        // At least one label must sit clear of its run's first row, else nothing shows it is centred over rows.
        return runs.Any(r => r.Members.Min(b => b.Top) > rows[r.First].Bottom) ? runs : cells;
    }

    private static List<int> Hits(List<Row> rows, Block b) =>
        Enumerable.Range(0, rows.Count).Where(i => Overlap(rows[i].Top, rows[i].Bottom, b.Top, b.Bottom) > 0.5).ToList();

    private static int Nearest(List<Row> rows, Block b) =>
        Enumerable.Range(0, rows.Count).MinBy(i => Math.Abs(rows[i].Center - b.Center));

    private static double Overlap(double top1, double bottom1, double top2, double bottom2) => Math.Min(bottom1, bottom2) - Math.Max(top1, top2);

    private static bool IsNumber(List<int> line, IReadOnlyList<TextFragment> fragments) =>
        NumberCell().IsMatch(string.Concat(line.OrderBy(w => fragments[w].Box.Left).Select(w => fragments[w].Text.Trim())));

    private static double Top(List<int> line, IReadOnlyList<TextFragment> fragments) => line.Min(w => fragments[w].Box.Top);

    private static double Bottom(List<int> line, IReadOnlyList<TextFragment> fragments) => line.Max(w => fragments[w].Box.Bottom);

    /// <summary>A column's words as lines (half their height overlapping), top to bottom.</summary>
    private static List<List<int>> LinesOf(List<int> words, IReadOnlyList<TextFragment> fragments)
    {
        var lines = new List<List<int>>();
        foreach (var w in words.OrderBy(w => fragments[w].Box.Top).ThenBy(w => fragments[w].Box.Left))
        {
            var box = fragments[w].Box;
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null)
            {
                var top = Top(line, fragments);
                var bottom = Bottom(line, fragments);
                if (Overlap(top, bottom, box.Top, box.Bottom) >= 0.5 * Math.Min(bottom - top, box.Height))
                {
                    line.Add(w);
                    continue;
                }
            }

            lines.Add([w]);
        }

        return lines;
    }

    // Amounts with thousands separators (73,186,374.61) are numbers too: a 决算 table's amount columns anchor its rows.
    [GeneratedRegex(@"^[（(]?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%分]?[)）]?$")]
    private static partial Regex NumberCell();
}
