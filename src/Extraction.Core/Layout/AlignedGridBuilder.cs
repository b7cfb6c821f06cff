using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Layout;

/// <summary>Builds tables whose rules are partial or absent — a three-line table (a top rule, a rule under the header,
/// a bottom rule), rules under the header only, horizontal rules between rows without verticals — from the rules
/// there are and the text's alignment where there are none: columns from the gaps every body line leaves free (word
/// starts and ends across rows; right-aligned numbers fall inside their column's extent), header words that sit in a
/// gap of their own adding a column; rows from the horizontal rules when they separate rows, else from anchor lines
/// (lines holding a number in a column that mostly holds numbers), the lines of a multi-line cell (a wrapped name or
/// criterion) joining the anchor above them, or the nearest one when the table centres its cells vertically.
/// Gives the same cell model as <see cref="RuledTableBuilder"/> (grid positions, text joined top to bottom).</summary>
public sealed partial class AlignedGridBuilder
{
    /// <summary>Rules shorter than this (points) are not table rules (underlines, dashes).</summary>
    private const double MinRuleLength = 120;

    private const double SameY = 1.0;
    private const double SameExtent = 8.0;

    public IReadOnlyList<BuiltTable> Build(int page, IReadOnlyList<RulingSegment> segments, IReadOnlyList<TextFragment> fragments, ISet<int> used)
    {
        var result = new List<BuiltTable>();
        foreach (var rules in RuleGroups(segments).SelectMany(g => SplitAtEmptyBands(g, fragments, used)))
        {
            if (Region(page, rules, fragments, used) is { } table)
            {
                result.Add(table);
                foreach (var i in table.FragmentIndexes)
                {
                    used.Add(i);
                }
            }
        }

        return result;
    }

    /// <summary>The columns of the last rule-less table of the page before when it ran to the page's foot: a table
    /// continued at the top of the next page is read on them (its own rows may leave a column empty).</summary>
    private (List<(double Left, double Right)> Columns, double Left, double Right)? _carry;

    /// <summary>Tables drawn without any rule (found by <see cref="BorderlessRegions"/>): columns from the words' extents
    /// and the gaps across rows, rows from the cells' padding column by column, or from number lines where the
    /// spacing is even. Kept only with three columns or more and a column of numbers, so two-column prose, lists and
    /// cover pages stay text. Call once per page, in page order.</summary>
    public IReadOnlyList<BuiltTable> BuildBorderless(int page, IReadOnlyList<TextFragment> fragments, ISet<int> used)
    {
        var carry = _carry;
        _carry = null;
        var result = new List<(BuiltTable Table, List<(double Left, double Right)> Columns)>();
        foreach (var region in BorderlessRegions.Find(fragments, used))
        {
            var box = region.Select(w => fragments[w].Box).Aggregate((a, b) => a.Union(b));
            var regionSet = region.ToHashSet();
            var above = Enumerable.Range(0, fragments.Count).Any(i => !used.Contains(i) && !regionSet.Contains(i) && Substantial(fragments[i]) && fragments[i].Box.Bottom <= box.Top);
            var previous = carry is { } c && result.Count == 0 && !above && box.Left >= c.Left - 10 && box.Right <= c.Right + 10 ? c.Columns : null;
            if (FromAlignment(page, region, fragments, previous) is not { } built)
            {
                continue;
            }

            if (previous is not null)
            {
                built = (built.Table with { Table = built.Table.Table with { ContinuesPrevious = true } }, built.Columns);
            }

            result.Add(built);
            foreach (var i in built.Table.FragmentIndexes)
            {
                used.Add(i);
            }
        }

        // Fewer lines than a region needs at the top of the page (a 合计 or 评价等级 row the break left alone): still the
        // table's rest when they lie in its columns.
        if (carry is { } carried && result.Count == 0 && StrandedRows(page, fragments, used, carried.Columns) is { } stranded)
        {
            result.Add((stranded, carried.Columns));
            foreach (var i in stranded.FragmentIndexes)
            {
                used.Add(i);
            }
        }

        if (result.Count > 0)
        {
            var lowest = result.MaxBy(t => t.Table.Box.Bottom);
            var below = Enumerable.Range(0, fragments.Count).Any(i => !used.Contains(i) && Substantial(fragments[i]) && fragments[i].Box.Top >= lowest.Table.Box.Bottom);
            if (!below)
            {
                _carry = (lowest.Columns, lowest.Table.Box.Left, lowest.Table.Box.Right);
            }
        }

        return result.Select(r => r.Table).ToList();
    }

    /// <summary>The lines opening a page that keep to the columns of the table run to the foot of the page before: each
    /// word starting in a column, two columns or more per line, words an em apart (not prose), lines as close as a
    /// table's rows. Null when the page's first
    /// line (after a running header) is not such a line.</summary>
    private static BuiltTable? StrandedRows(int page, IReadOnlyList<TextFragment> fragments, ISet<int> used, List<(double Left, double Right)> columns)
    {
        var free = Enumerable.Range(0, fragments.Count).Where(i => !used.Contains(i) && fragments[i].Text.Trim().Length > 0).ToList();
        if (free.Count == 0)
        {
            return null;
        }

        // A word starts in a column (a 合计 label may reach over the empty columns after it); words lie an em apart.
        int? Within(BoundingBox box) => columns.FindIndex(c => box.Left >= c.Left - 3 && box.Left <= c.Right + 3) is var k and >= 0 ? k : null;
        bool Apart(Line line) => line.Words.Select(w => fragments[w].Box).OrderBy(b => b.Left).Zip(line.Words.Select(w => fragments[w].Box).OrderBy(b => b.Left).Skip(1))
            .All(p => p.Second.Left - p.First.Right >= line.Box.Height);
        var rows = new List<List<Line>>();
        // A running header (one short word) above the rest is page furniture.
        foreach (var line in Lines(free, fragments).SkipWhile(l => l.Words.Count == 1 && !Substantial(fragments[l.Words[0]])))
        {
            var cells = line.Words.Select(w => Within(fragments[w].Box)).ToList();
            var close = rows.Count == 0 || line.Box.Top - rows[^1][0].Box.Bottom < 2 * line.Box.Height;
            if (!close || cells.Any(c => c is null) || cells.Distinct().Count() < 2 || !Apart(line))
            {
                break;
            }

            rows.Add([line]);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var built = ToTable(page, rows.Count, PlaceLines(rows, columns, fragments, 0), columns, fragments, columns[0].Left, columns[^1].Right);
        return built with { Table = built.Table with { ContinuesPrevious = true } };
    }

    /// <summary>More than page furniture (a page number, a running date).</summary>
    private static bool Substantial(TextFragment fragment) => fragment.Text.Trim().Length > 6;

    private static (BuiltTable Table, List<(double Left, double Right)> Columns)? FromAlignment(int page, List<int> words, IReadOnlyList<TextFragment> fragments, List<(double Left, double Right)>? previous)
    {
        var lines = Lines(words, fragments);
        var columns = previous ?? Columns(lines, [], fragments);
        if (columns.Count < 3)
        {
            return null;
        }

        List<BlockRows.Placed> placed;
        int rowCount;
        if (BlockRows.Build(words, columns, fragments) is { } blockRows)
        {
            (rowCount, placed) = blockRows;
        }
        else
        {
            // Even spacing: lines without a digit at the top are header rows, the rest rows from number lines.
            var header = lines.TakeWhile(l => !l.Words.Any(w => fragments[w].Text.Any(char.IsAsciiDigit))).ToList();
            var body = lines.Skip(header.Count).ToList();
            if (body.Count < 2)
            {
                return null;
            }

            var rows = header.Select(l => new List<Line> { l }).Concat(AnchorRows(body, columns, fragments)).ToList();
            placed = PlaceLines(rows, columns, fragments, 0);
            rowCount = rows.Count;
        }

        // Worth reading as a table only with a column of numbers (three; two in a part continued on the columns of the
        // page before: its last indicator and the total row).
        var numbers = placed.Where(p => p.Words.Count > 0 && NumberCell().IsMatch(TextJoiner.JoinCell(p.Words.Select(w => fragments[w]).ToList())))
            .GroupBy(p => p.Column).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        if (rowCount < 2 || numbers < (previous is null ? 3 : 2))
        {
            return null;
        }

        return (ToTable(page, rowCount, placed, columns, fragments, columns[0].Left, columns[^1].Right), columns);
    }

    /// <summary>Horizontal rules joined where drawn in pieces (cell by cell), grouped when they share their extent.</summary>
    private static List<List<(double Y, double Left, double Right)>> RuleGroups(IReadOnlyList<RulingSegment> segments)
    {
        var pieces = segments.Where(s => Math.Abs(s.Y1 - s.Y2) < 0.5)
            .Select(s => (Y: (s.Y1 + s.Y2) / 2, Left: Math.Min(s.X1, s.X2), Right: Math.Max(s.X1, s.X2), s.Weight))
            .OrderBy(s => s.Y).ThenBy(s => s.Left).ToList();
        var lines = new List<(double Y, double Left, double Right, double Weight)>();
        foreach (var p in pieces)
        {
            var j = lines.FindLastIndex(l => Math.Abs(l.Y - p.Y) <= SameY && p.Left <= l.Right + 3 && p.Right >= l.Left - 3);
            if (j >= 0)
            {
                lines[j] = (lines[j].Y, Math.Min(lines[j].Left, p.Left), Math.Max(lines[j].Right, p.Right), Math.Max(lines[j].Weight, p.Weight));
            }
            else
            {
                lines.Add(p);
            }
        }

        // A double rule (two lines within 3 pt) is one rule.
        var rules = new List<(double Y, double Left, double Right, double Weight)>();
        foreach (var l in lines.Where(l => l.Right - l.Left >= MinRuleLength).OrderBy(l => l.Y))
        {
            if (rules.Count > 0 && l.Y - rules[^1].Y < 3 && SameSpan(Place(rules[^1]), Place(l)))
            {
                continue;
            }

            rules.Add(l);
        }

        var groups = new List<List<(double Y, double Left, double Right, double Weight)>>();
        foreach (var r in rules)
        {
            var g = groups.FindLast(g => SameSpan(Place(g[^1]), Place(r)));
            if (g is not null && ReferenceEquals(g, groups[^1]) && !Booktabs(g, r))
            {
                g.Add(r);
            }
            else
            {
                groups.Add([r]);
            }
        }

        return groups.Where(g => g.Count >= 2).Select(g => g.Select(Place).ToList()).ToList();
    }

    private static (double Y, double Left, double Right) Place((double Y, double Left, double Right, double Weight) r) => (r.Y, r.Left, r.Right);

    /// <summary>A heavy rule right after a heavy rule, in a group that also has a light one: the bottom rule of one
    /// three-line table and the top rule of the next (三线表: heavy top and bottom rules, a light rule under the header),
    /// whatever lies between them (a note, a heading, a caption). Weights must be known (0 is unknown).</summary>
    private static bool Booktabs(List<(double Y, double Left, double Right, double Weight)> group, (double Y, double Left, double Right, double Weight) next)
    {
        var last = group[^1];
        var light = group.Min(g => g.Weight);
        return light > 0 && next.Weight >= 1.3 * light && last.Weight >= 1.3 * light;
    }

    /// <summary>Two tables one under the other with the same width: the bottom rule of one and the top rule of the
    /// next hold no text between them.</summary>
    private static IEnumerable<List<(double Y, double Left, double Right)>> SplitAtEmptyBands(List<(double Y, double Left, double Right)> rules, IReadOnlyList<TextFragment> fragments, ISet<int> used)
    {
        var current = new List<(double Y, double Left, double Right)> { rules[0] };
        for (var i = 1; i < rules.Count; i++)
        {
            var (y0, y1) = (rules[i - 1].Y, rules[i].Y);
            var empty = !Enumerable.Range(0, fragments.Count).Any(f => !used.Contains(f) && fragments[f].Text.Trim().Length > 0
                && fragments[f].Box.CenterY > y0 && fragments[f].Box.CenterY < y1
                && fragments[f].Box.CenterX >= rules[i].Left - 2 && fragments[f].Box.CenterX <= rules[i].Right + 2);
            if (empty)
            {
                if (current.Count >= 2)
                {
                    yield return current;
                }

                current = [];
            }

            current.Add(rules[i]);
        }

        if (current.Count >= 2)
        {
            yield return current;
        }
    }

    private static bool SameSpan((double Y, double Left, double Right) a, (double Y, double Left, double Right) b) =>
        Math.Abs(a.Left - b.Left) <= SameExtent && Math.Abs(a.Right - b.Right) <= SameExtent;

    private static BuiltTable? Region(int page, List<(double Y, double Left, double Right)> rules, IReadOnlyList<TextFragment> fragments, ISet<int> used)
    {
        var left = rules.Min(r => r.Left) - 2;
        var right = rules.Max(r => r.Right) + 2;
        var top = rules[0].Y;
        var bottom = rules[^1].Y;
        var inside = Enumerable.Range(0, fragments.Count)
            .Where(i => !used.Contains(i) && fragments[i].Text.Trim().Length > 0)
            .Where(i => fragments[i].Box.CenterX >= left && fragments[i].Box.CenterX <= right)
            .ToList();
        var body = inside.Where(i => fragments[i].Box.CenterY > top && fragments[i].Box.CenterY < bottom).ToList();
        var lines = Lines(body, fragments);
        var bands = rules.Count - 1;

        // Rules only around the header (a top rule and one under the header, nothing below): the body runs on
        // while its lines keep to the columns, up to a wide vertical gap.
        var openBelow = bands == 1 && lines.Count <= 3;
        if (openBelow)
        {
            var below = inside.Where(i => fragments[i].Box.CenterY > bottom).ToList();
            var extra = Lines(below, fragments);
            var pitch = lines.Count > 0 ? Math.Max(8, lines.Average(l => l.Box.Height)) : 12;
            var last = bottom;
            foreach (var line in extra)
            {
                // A wide vertical gap, or a line of prose (one run of text across half the table), ends the table.
                if (line.Box.Top - last > 2.5 * pitch || line.Words.Any(w => fragments[w].Box.Width > 0.5 * (right - left)))
                {
                    break;
                }

                lines.Add(line);
                last = line.Box.Bottom;
            }
        }

        if (lines.Count < 2)
        {
            return null;
        }

        // The header: the first band when rules separate it (three-line, header-only, every-row rules).
        var headerBottom = bands >= 2 || openBelow ? rules[1].Y : double.NegativeInfinity;
        var headerLines = lines.Where(l => l.Box.CenterY < headerBottom).ToList();
        var bodyLines = lines.Where(l => l.Box.CenterY >= headerBottom).ToList();
        if (bodyLines.Count < 2)
        {
            return null;
        }

        var columns = Columns(bodyLines, headerLines, fragments);
        if (columns.Count < 2 || (openBelow && !BodyKeepsColumns(bodyLines, columns, fragments)))
        {
            return null;
        }

        // Rows: every band when rules separate the rows (three or more bands); else column by column from the cells'
        // padding (BlockRows), or from anchor lines where the spacing is even.
        if (bands < 3 && BlockRows.Build(bodyLines.SelectMany(l => l.Words).ToList(), columns, fragments) is { } blockRows)
        {
            var placed = new List<BlockRows.Placed>();
            var headerRows = 0;
            if (headerLines.Count > 0 && BlockRows.Build(headerLines.SelectMany(l => l.Words).ToList(), columns, fragments, requirePadding: false) is { } head)
            {
                placed.AddRange(head.Cells);
                headerRows = head.Rows;
            }

            if (blockRows.Rows < 2)
            {
                return null;
            }

            placed.AddRange(blockRows.Cells.Select(c => c with { Row = c.Row + headerRows }));
            return ToTable(page, headerRows + blockRows.Rows, placed, columns, fragments, left, right);
        }

        var rows = new List<List<Line>>();
        if (headerLines.Count > 0)
        {
            rows.Add(headerLines);
        }

        if (bands >= 3)
        {
            for (var b = headerLines.Count > 0 ? 1 : 0; b < bands; b++)
            {
                var (y0, y1) = (rules[b].Y, rules[b + 1].Y);
                var band = bodyLines.Where(l => l.Box.CenterY > y0 && l.Box.CenterY < y1).ToList();
                if (band.Count > 0)
                {
                    rows.Add(band);
                }
            }
        }
        else
        {
            rows.AddRange(PaddedRows(bodyLines) ?? AnchorRows(bodyLines, columns, fragments));
        }

        if (rows.Count(r => !ReferenceEquals(r, headerLines)) < 2)
        {
            return null;
        }

        var lineCells = PlaceLines(rows, columns, fragments, 0);
        return ToTable(page, rows.Count, lineCells, columns, fragments, left, right);
    }

    /// <summary>Below an open header, a body most of whose lines hold one column's text is not the table's; a third with
    /// two or more is enough, since centred cells put many one-cell lines between the rows' lines.</summary>
    private static bool BodyKeepsColumns(List<Line> body, List<(double Left, double Right)> columns, IReadOnlyList<TextFragment> fragments) =>
        body.Count(l => l.Words.Select(w => ColumnOf(fragments[w].Box, columns)).Distinct().Count() >= 2) * 3 >= body.Count;

    /// <summary>Rows of whole lines as cells, one per column, from row <paramref name="first"/> on.</summary>
    private static List<BlockRows.Placed> PlaceLines(List<List<Line>> rows, List<(double Left, double Right)> columns, IReadOnlyList<TextFragment> fragments, int first)
    {
        var cells = new List<BlockRows.Placed>();
        for (var r = 0; r < rows.Count; r++)
        {
            var words = rows[r].SelectMany(l => l.Words).ToList();
            for (var c = 0; c < columns.Count; c++)
            {
                cells.Add(new BlockRows.Placed(first + r, c, 1, words.Where(w => ColumnOf(fragments[w].Box, columns) == c).ToList()));
            }
        }

        return cells;
    }

    internal sealed record Line(List<int> Words, BoundingBox Box);

    internal static List<Line> Lines(List<int> words, IReadOnlyList<TextFragment> fragments)
    {
        var grouped = TextJoiner.GroupLines(words.Select(i => fragments[i] with { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0001" + fragments[i].Text }));
        var result = new List<Line>();
        foreach (var line in grouped)
        {
            var ids = line.Select(f => int.Parse(f.Text[..f.Text.IndexOf('\u0001', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            result.Add(new Line(ids, line.Select(f => f.Box).Aggregate((a, b) => a.Union(b))));
        }

        return result.OrderBy(l => l.Box.Top).ToList();
    }

    /// <summary>Column extents: the x-intervals the body's words cover, merged where closer than a small gap; a header
    /// word lying in a gap of its own (a column the body leaves empty) adds its interval.</summary>
    private static List<(double Left, double Right)> Columns(List<Line> body, List<Line> header, IReadOnlyList<TextFragment> fragments)
    {
        var heights = body.SelectMany(l => l.Words).Select(w => fragments[w].Box.Height).Order().ToList();
        var minGap = Math.Max(3.0, 0.5 * heights[heights.Count / 2]);
        var intervals = body.SelectMany(l => l.Words).Select(w => (fragments[w].Box.Left, fragments[w].Box.Right)).ToList();
        var merged = Merge(intervals, minGap);
        foreach (var w in header.SelectMany(l => l.Words))
        {
            var box = fragments[w].Box;
            if (!merged.Any(c => box.Left <= c.Right + minGap && box.Right >= c.Left - minGap))
            {
                intervals.Add((box.Left, box.Right));
            }
        }

        return Merge(intervals, minGap).SelectMany(c => SplitAtValleys(c, body, fragments)).ToList();
    }

    /// <summary>A cell spanning several columns (a goal text across three) bridges their gaps in one or two lines: an
    /// x where at most a third as many lines have text as on the busiest x on each side is a column edge still.</summary>
    private static IEnumerable<(double Left, double Right)> SplitAtValleys((double Left, double Right) column, List<Line> body, IReadOnlyList<TextFragment> fragments)
    {
        var width = (int)Math.Ceiling(column.Right - column.Left);
        if (width < 20)
        {
            yield return column;
            yield break;
        }

        var cover = new int[width + 1];
        foreach (var line in body)
        {
            var hit = new bool[width + 1];
            foreach (var w in line.Words)
            {
                var box = fragments[w].Box;
                for (var x = Math.Max(0, (int)(box.Left - column.Left)); x <= Math.Min(width, (int)(box.Right - column.Left)); x++)
                {
                    hit[x] = true;
                }
            }

            for (var x = 0; x <= width; x++)
            {
                cover[x] += hit[x] ? 1 : 0;
            }
        }

        var leftMax = new int[width + 1];
        var rightMax = new int[width + 1];
        for (var x = 0; x <= width; x++)
        {
            leftMax[x] = Math.Max(cover[x], x > 0 ? leftMax[x - 1] : 0);
        }

        for (var x = width; x >= 0; x--)
        {
            rightMax[x] = Math.Max(cover[x], x < width ? rightMax[x + 1] : 0);
        }

        var start = 0;
        var x0 = 0;
        while (x0 <= width)
        {
            var valley = cover[x0] * 3 <= Math.Min(leftMax[x0], rightMax[x0]) && Math.Min(leftMax[x0], rightMax[x0]) >= 3;
            if (!valley)
            {
                x0++;
                continue;
            }

            var x1 = x0;
            while (x1 + 1 <= width && cover[x1 + 1] * 3 <= Math.Min(leftMax[x1 + 1], rightMax[x1 + 1]))
            {
                x1++;
            }

            // A valley of at least a few points between two busier stretches is a gap crossed by a spanning cell.
            if (x1 - x0 >= 3 && x0 > start)
            {
                yield return (column.Left + start, column.Left + x0);
                start = x1 + 1;
            }

            x0 = x1 + 1;
        }

        yield return (column.Left + start, column.Right);
    }

    private static List<(double Left, double Right)> Merge(List<(double Left, double Right)> intervals, double minGap)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var (l, r) in intervals.OrderBy(i => i.Left))
        {
            if (merged.Count > 0 && l < merged[^1].Right + minGap)
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, r));
            }
            else
            {
                merged.Add((l, r));
            }
        }

        return merged;
    }

    internal static int ColumnOf(BoundingBox box, IReadOnlyList<(double Left, double Right)> columns)
    {
        var best = 0;
        var bestOverlap = double.NegativeInfinity;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = Math.Min(box.Right, columns[c].Right) - Math.Max(box.Left, columns[c].Left);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (c, overlap);
            }
        }

        return best;
    }

    /// <summary>Rows of a body whose cells have padding: the space between two rows is clearly wider than between the
    /// lines of one cell (even a number wrapped inside a narrow cell stays in its row). Null when the spacing is even
    /// (Word's cells without padding), where anchors decide.</summary>
    private static List<List<Line>>? PaddedRows(List<Line> body)
    {
        var gaps = body.Zip(body.Skip(1), (a, b) => b.Box.Top - a.Box.Bottom).ToList();
        if (gaps.Count < 2)
        {
            return null;
        }

        // The smallest gap is between two lines of one cell; a row boundary adds the cells' padding to it.
        var small = gaps.Where(g => g > -0.5).DefaultIfEmpty(0).Min();
        var threshold = Math.Max(small, 0) + 3.0;
        if (gaps.Count(g => g >= threshold) < 2 || !gaps.Any(g => g < threshold))
        {
            return null;
        }

        var rows = new List<List<Line>> { new() { body[0] } };
        for (var i = 1; i < body.Count; i++)
        {
            if (gaps[i - 1] >= threshold)
            {
                rows.Add([]);
            }

            rows[^1].Add(body[i]);
        }

        return rows;
    }

    /// <summary>Rows of a body without rules between them: a line with a number in a mostly numeric column starts a row;
    /// other lines are the rest of a cell (top-aligned: the row above; centred: the nearest anchor).</summary>
    private static List<List<Line>> AnchorRows(List<Line> body, List<(double Left, double Right)> columns, IReadOnlyList<TextFragment> fragments)
    {
        string Cell(Line line, int c) => string.Concat(line.Words.Where(w => ColumnOf(fragments[w].Box, columns) == c).Select(w => fragments[w].Text)).Trim();
        var numeric = Enumerable.Range(0, columns.Count).Where(c =>
        {
            var texts = body.Select(l => Cell(l, c)).Where(t => t.Length > 0).ToList();
            return texts.Count >= 2 && texts.Count(t => NumberCell().IsMatch(t)) * 10 >= texts.Count * 6;
        }).ToList();
        var anchors = body.Select(l => numeric.Count == 0 ? Cell(l, 0).Length > 0 : numeric.Any(c => NumberCell().IsMatch(Cell(l, c)))).ToArray();
        if (!anchors.Any(a => a))
        {
            return body.Select(l => new List<Line> { l }).ToList();
        }

        // Centred cells: a line before the first anchor, or a line closer to the next anchor than a line pitch allows
        // for a row boundary (a two-line cell centred beside one-line cells sits half a pitch off). Top-aligned cells
        // (Word's default, often without padding) keep their wrapped lines at least a pitch from the next row.
        var first = Array.IndexOf(anchors, true);
        var pitch = Pitch(body);
        var centred = first > 0 || Enumerable.Range(0, body.Count).Any(i => !anchors[i] && i + 1 < body.Count && anchors[i + 1]
            && body[i + 1].Box.CenterY - body[i].Box.CenterY < 0.9 * pitch);
        var rows = new List<List<Line>>();
        var anchorRow = new Dictionary<int, List<Line>>();
        for (var i = 0; i < body.Count; i++)
        {
            if (anchors[i])
            {
                var row = new List<Line> { body[i] };
                rows.Add(row);
                anchorRow[i] = row;
            }
        }

        for (var i = 0; i < body.Count; i++)
        {
            if (anchors[i])
            {
                continue;
            }

            var previous = Enumerable.Range(0, i).Reverse().FirstOrDefault(k => anchors[k], -1);
            var next = Enumerable.Range(i + 1, body.Count - i - 1).FirstOrDefault(k => anchors[k], -1);
            var target = previous;
            if (previous < 0 || (centred && next >= 0
                && body[next].Box.CenterY - body[i].Box.CenterY < body[i].Box.CenterY - body[previous].Box.CenterY))
            {
                target = next;
            }

            anchorRow[target].Add(body[i]);
        }

        return rows;
    }

    /// <summary>The usual distance between successive lines of one cell: the smallest common line-to-line step.</summary>
    private static double Pitch(List<Line> body)
    {
        var steps = body.Zip(body.Skip(1), (a, b) => b.Box.CenterY - a.Box.CenterY).Where(d => d > 1).Order().ToList();
        var height = body.Select(l => l.Box.Height).Order().ElementAt(body.Count / 2);
        return steps.Count == 0 ? height * 1.3 : Math.Max(height, steps[steps.Count / 4]);
    }

    private static BuiltTable ToTable(int page, int rowCount, List<BlockRows.Placed> placed, List<(double Left, double Right)> columns, IReadOnlyList<TextFragment> fragments, double left, double right)
    {
        var cells = new List<TableCell>();
        var usedWords = placed.SelectMany(p => p.Words).ToList();
        var tableBox = usedWords.Select(w => fragments[w].Box).Aggregate((a, b) => a.Union(b));
        tableBox = new BoundingBox(Math.Min(left, tableBox.Left), tableBox.Top, Math.Max(right, tableBox.Right), tableBox.Bottom);
        var occupied = new HashSet<(int, int)>();
        foreach (var p in placed.OrderBy(p => p.Row).ThenBy(p => p.Column))
        {
            var mine = p.Words.Select(w => fragments[w]).ToList();
            var box = mine.Count > 0 ? mine.Select(f => f.Box).Aggregate((a, b) => a.Union(b)) : new BoundingBox(columns[p.Column].Left, tableBox.Top, columns[p.Column].Right, tableBox.Bottom);
            cells.Add(new TableCell(p.Row, p.Column, p.RowSpan, 1, TextJoiner.JoinCell(mine), new Provenance(page, box)));
            for (var r = p.Row; r < p.Row + p.RowSpan; r++)
            {
                occupied.Add((r, p.Column));
            }
        }

        // Positions no cell covers are empty cells, so the grid has no holes.
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (!occupied.Contains((r, c)))
                {
                    cells.Add(new TableCell(r, c, 1, 1, string.Empty, new Provenance(page, new BoundingBox(columns[c].Left, tableBox.Top, columns[c].Right, tableBox.Bottom))));
                }
            }
        }

        cells = [.. cells.OrderBy(c => c.Row).ThenBy(c => c.Column)];
        var table = new Table(cells, rowCount, columns.Count, new Provenance(page, tableBox));
        return new BuiltTable(table, tableBox, usedWords);
    }

    // Amounts with thousands separators (73,186,374.61) are numbers too: a 决算 table's amount columns anchor its rows.
    [GeneratedRegex(@"^[（(]?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[%分]?[)）]?$")]
    private static partial Regex NumberCell();
}
