namespace Extraction.Layout;

/// <summary>Where a page holds a table drawn without any rule (an HTML table printed without borders): runs of lines,
/// close together, that begin and end with a line split by wide gaps (two cells or more), with at least three split
/// lines. Lines of one cell alone between them (a wrapped name, a centred label) belong to the run. A run ends at a
/// line of prose (one run of text across more than half the text width), at a wide vertical gap, and at a line whose
/// text crosses a gap that every split line with a number leaves free (a note, a heading or a caption after a table:
/// the columns' gaps are the table's own; not when each of its words starts where the run's columns start: a row of cells
/// spanning columns), or at a gap half as wide again as any between its lines so far. Whether a run is a table is for the builder to say (columns and numbers);
/// this only finds where to look.</summary>
internal static class BorderlessRegions
{
    /// <summary>A run needs this many lines split into cells.</summary>
    private const int MinSplitLines = 3;

    public static List<List<int>> Find(IReadOnlyList<TextFragment> fragments, ISet<int> used)
    {
        var free = Enumerable.Range(0, fragments.Count).Where(i => !used.Contains(i) && fragments[i].Text.Trim().Length > 0).ToList();
        if (free.Count == 0)
        {
            return [];
        }

        var lines = AlignedGridBuilder.Lines(free, fragments);
        var heights = free.Select(i => fragments[i].Box.Height).Order().ToList();
        var em = Math.Max(4, heights[heights.Count / 2]);
        var width = free.Max(i => fragments[i].Box.Right) - free.Min(i => fragments[i].Box.Left);
        var regions = new List<List<int>>();
        var run = new List<AlignedGridBuilder.Line>();
        var cover = new List<(double Left, double Right)>();
        var numberLines = 0;
        void Close()
        {
            // Trim to the first and last split line; one-cell lines outside them are captions, headings or notes.
            var first = run.FindIndex(l => Split(l, fragments, em));
            var last = run.FindLastIndex(l => Split(l, fragments, em));

            // ...unless they lie as close as a wrapped line: the rest of a cell at the table's top or foot.
            while (first > 0 && run[first].Box.Top - run[first - 1].Box.Bottom < 0.5 * em)
            {
                first--;
            }

            while (last >= 0 && last + 1 < run.Count && run[last + 1].Box.Top - run[last].Box.Bottom < 0.5 * em)
            {
                last++;
            }

            if (first >= 0 && last >= first && run.Skip(first).Take(last - first + 1).Count(l => Split(l, fragments, em)) >= MinSplitLines)
            {
                regions.Add(run.Skip(first).Take(last - first + 1).SelectMany(l => l.Words).ToList());
            }

            run = [];
            cover = [];
            numberLines = 0;
        }

        foreach (var line in lines)
        {
            var prose = line.Words.Any(w => fragments[w].Box.Width > 0.55 * width);
            // A gap clearly wider than any between the run's lines so far (from its first split line: a table's rows lie
            // evenly, its cells padded alike) also ends it: the space before a heading or a caption.
            var gap = run.Count > 0 ? line.Box.Top - run[^1].Box.Bottom : 0;
            var table = run.SkipWhile(l => !Split(l, fragments, em)).ToList();
            var widest = table.Zip(table.Skip(1), (a, b) => b.Box.Top - a.Box.Bottom).DefaultIfEmpty(double.NaN).Max();
            var wide = gap > 2.5 * em || (table.Count >= 3 && gap > 1.5 * em && gap > 1.5 * widest);
            // A line crossing the number lines' gaps ends the run, unless each of its cells starts where a column of the
            // run starts: a row of cells spanning columns (the national form's 年度总体目标 under its funds block).
            var crosses = numberLines >= 2 && CrossesGap(line, cover, fragments, em);
            var spanning = crosses && AtColumnStarts(line, run, fragments, em);
            if (prose || wide || (crosses && !spanning))
            {
                Close();
            }

            if (prose)
            {
                continue;
            }

            run.Add(line);
            if (!spanning && Split(line, fragments, em) && line.Words.Any(w => fragments[w].Text.Any(char.IsAsciiDigit)))
            {
                numberLines++;
                cover.AddRange(line.Words.Select(w => (fragments[w].Box.Left, fragments[w].Box.Right)));
            }
        }

        Close();
        return regions;
    }

    /// <summary>A word reaching over a gap of at least a glyph's height that the number lines so far all leave free.</summary>
    private static bool CrossesGap(AlignedGridBuilder.Line line, List<(double Left, double Right)> cover, IReadOnlyList<TextFragment> fragments, double em)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var (l, r) in cover.OrderBy(c => c.Left))
        {
            if (merged.Count > 0 && l <= merged[^1].Right)
            {
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, r));
            }
            else
            {
                merged.Add((l, r));
            }
        }

        for (var i = 1; i < merged.Count; i++)
        {
            var (gapLeft, gapRight) = (merged[i - 1].Right, merged[i].Left);
            if (gapRight - gapLeft >= em && line.Words.Any(w => fragments[w].Box.Left < gapLeft && fragments[w].Box.Right > gapRight))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line of two cells or more, each starting where words of two split lines of the run start (within a
    /// tenth of a glyph): cells of the table's own columns, wider than one column.</summary>
    private static bool AtColumnStarts(AlignedGridBuilder.Line line, List<AlignedGridBuilder.Line> run, IReadOnlyList<TextFragment> fragments, double em)
    {
        if (line.Words.Count < 2 || !Split(line, fragments, em))
        {
            return false;
        }

        var tolerance = 0.1 * em;
        var starts = run.Where(l => Split(l, fragments, em)).Select(l => l.Words.Select(w => fragments[w].Box.Left).ToList()).ToList();
        return line.Words.All(w => starts.Count(lefts => lefts.Any(x => Math.Abs(x - fragments[w].Box.Left) <= tolerance)) >= 2);
    }

    /// <summary>A line whose words leave a gap of at least a glyph's height between them: two cells side by side.</summary>
    private static bool Split(AlignedGridBuilder.Line line, IReadOnlyList<TextFragment> fragments, double em)
    {
        var boxes = line.Words.Select(w => fragments[w].Box).OrderBy(b => b.Left).ToList();
        var reach = boxes[0].Right;
        for (var i = 1; i < boxes.Count; i++)
        {
            if (boxes[i].Left - reach >= em)
            {
                return true;
            }

            reach = Math.Max(reach, boxes[i].Right);
        }

        return false;
    }
}
