namespace Extraction.Layout;

/// <summary>Snaps nearly-equal positions together and joins collinear pieces separated by small
/// gaps, so that broken, doubled and overlapping strokes become one line each.</summary>
internal static class LineMerger
{
    public static (List<AxisLine> Horizontal, List<AxisLine> Vertical) Split(
        IEnumerable<RulingSegment> segments, TableBuilderOptions options)
    {
        var horizontal = new List<AxisLine>();
        var vertical = new List<AxisLine>();
        foreach (var s in segments)
        {
            if (!double.IsFinite(s.X1) || !double.IsFinite(s.Y1) || !double.IsFinite(s.X2) || !double.IsFinite(s.Y2))
            {
                continue;
            }

            var dx = Math.Abs(s.X2 - s.X1);
            var dy = Math.Abs(s.Y2 - s.Y1);
            if (dy <= options.SnapTolerance && dx >= options.MinSegmentLength)
            {
                horizontal.Add(new AxisLine((s.Y1 + s.Y2) / 2, Math.Min(s.X1, s.X2), Math.Max(s.X1, s.X2)));
            }
            else if (dx <= options.SnapTolerance && dy >= options.MinSegmentLength)
            {
                vertical.Add(new AxisLine((s.X1 + s.X2) / 2, Math.Min(s.Y1, s.Y2), Math.Max(s.Y1, s.Y2)));
            }
        }

        return (Merge(horizontal, options), Merge(vertical, options));
    }

    /// <summary>Clusters lines by position (within the snap tolerance of the cluster's first line),
    /// then joins overlapping or nearly touching extents within each cluster.</summary>
    public static List<AxisLine> Merge(List<AxisLine> lines, TableBuilderOptions options)
    {
        lines.Sort((a, b) => a.Position.CompareTo(b.Position));
        var result = new List<AxisLine>();
        var i = 0;
        while (i < lines.Count)
        {
            var j = i + 1;
            while (j < lines.Count && lines[j].Position - lines[i].Position <= options.SnapTolerance)
            {
                j++;
            }

            var cluster = lines.GetRange(i, j - i);
            var weight = cluster.Sum(l => Math.Max(l.Length, 0.001));
            var position = cluster.Sum(l => l.Position * Math.Max(l.Length, 0.001)) / weight;
            cluster.Sort((a, b) => a.Start.CompareTo(b.Start));
            var start = cluster[0].Start;
            var end = cluster[0].End;
            foreach (var line in cluster.Skip(1))
            {
                if (line.Start <= end + options.JoinTolerance)
                {
                    end = Math.Max(end, line.End);
                }
                else
                {
                    result.Add(new AxisLine(position, start, end));
                    start = line.Start;
                    end = line.End;
                }
            }

            result.Add(new AxisLine(position, start, end));
            i = j;
        }

        return result;
    }

    /// <summary>Sorted cluster centres of the given positions; values closer than
    /// <paramref name="minGap"/> to the previous cluster's first value merge into it.</summary>
    public static List<double> ClusterPositions(IEnumerable<double> positions, double minGap)
    {
        var sorted = positions.Order().ToList();
        var result = new List<double>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i + 1;
            while (j < sorted.Count && sorted[j] - sorted[i] < minGap)
            {
                j++;
            }

            // Keep the outermost of a double border at the extremes would shift cells; the mean is
            // within half a gap of both strokes, well inside the edge tolerance.
            result.Add(sorted.Skip(i).Take(j - i).Average());
            i = j;
        }

        return result;
    }
}
