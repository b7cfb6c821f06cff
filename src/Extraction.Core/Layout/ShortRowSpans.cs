namespace Extraction.Layout;

/// <summary>Column spans for rows that lost cells to horizontal merges (text renderings write a merged cell
/// once, so a header row such as "评价指标 | 指标说明 | 评分" is shorter than the table). A short row's
/// trailing empty cells continue the cells above them (vertical merges keep their place), so they take the
/// columns of the row above from the right; its other cells share the remaining columns evenly, the first
/// taking what does not divide. A short first row is anchored right: its first cell spans the deficit.
/// Spreading stops at the first row placed without spans (the header's end): below it a short row lost
/// cells at its end and keeps one column per cell, as rows as wide as the table or wider do.</summary>
public static class ShortRowSpans
{
    public static IReadOnlyList<IReadOnlyList<SpanCell>> Place(IReadOnlyList<IReadOnlyList<string>> rows, int width)
    {
        var placed = new List<IReadOnlyList<SpanCell>>(rows.Count);
        IReadOnlyList<(int Start, int Span)>? above = null;
        foreach (var row in rows)
        {
            var merged = above is null || above.Any(c => c.Span > 1);
            var intervals = row.Count >= width || row.Count == 0 || !merged ? Single(row.Count) : Spread(row, width, above);
            placed.Add(row.Select((text, i) => new SpanCell(text, 1, intervals[i].Span)).ToArray());
            above = intervals;
        }

        return placed;
    }

    private static (int Start, int Span)[] Single(int count) => Enumerable.Range(0, count).Select(i => (i, 1)).ToArray();

    private static (int Start, int Span)[] Spread(IReadOnlyList<string> row, int width, IReadOnlyList<(int Start, int Span)>? above)
    {
        var result = new (int Start, int Span)[row.Count];
        var end = width;
        var last = row.Count - 1;
        if (above is null)
        {
            // Anchored right: every cell but the first takes one column.
            for (; last > 0; last--)
            {
                end--;
                result[last] = (end, 1);
            }
        }
        else
        {
            for (var a = above.Count - 1; last > 0 && a >= 0 && row[last].Length == 0; a--, last--)
            {
                var (start, span) = above[a];
                if (start + span != end || start < last)
                {
                    break;
                }

                result[last] = (start, span);
                end = start;
            }
        }

        var count = last + 1;
        if (end < count)
        {
            return Single(row.Count);
        }

        var share = end / count;
        var extra = end % count;
        var column = 0;
        for (var i = 0; i < count; i++)
        {
            var span = share + (i == 0 ? extra : 0);
            result[i] = (column, span);
            column += span;
        }

        return result;
    }
}
