using Extraction.Layout;

namespace Extraction.Pdf.Graphics;

/// <summary>Turns painted paths into ruling segments: straight axis-aligned stroked segments, and filled
/// rectangles thin enough to be a border (how Word, LibreOffice and WPS draw cell borders). White shapes
/// are backgrounds or erasers, not rules; curves are decoration.</summary>
internal static class RulingExtractor
{
    /// <summary>A filled rectangle at most this thick (points) is a line.</summary>
    private const double MaxRuleThickness = 3.0;

    /// <summary>Direction tolerance for "axis-aligned" (points of drift along a segment).</summary>
    private const double AxisTolerance = 1.0;

    private const int MaxSegmentsPerPage = 50_000;

    public static void Stroke(IReadOnlyList<SubPath> path, List<RulingSegment> into, double weight = 0)
    {
        foreach (var sub in path)
        {
            if (sub.HasCurves)
            {
                continue;
            }

            var points = sub.Points;
            var count = sub.Closed ? points.Count + 1 : points.Count;
            for (var i = 1; i < count && into.Count < MaxSegmentsPerPage; i++)
            {
                var a = points[i - 1];
                var b = points[i % points.Count];
                if (Math.Abs(a.Y - b.Y) <= AxisTolerance || Math.Abs(a.X - b.X) <= AxisTolerance)
                {
                    into.Add(new RulingSegment(a.X, a.Y, b.X, b.Y) { Weight = weight });
                }
            }
        }
    }

    public static void Fill(IReadOnlyList<SubPath> path, List<RulingSegment> into)
    {
        foreach (var sub in path)
        {
            if (sub.HasCurves || sub.Points.Count < 3 || into.Count >= MaxSegmentsPerPage || !IsAxisRectangle(sub))
            {
                continue;
            }

            var left = sub.Points.Min(p => p.X);
            var right = sub.Points.Max(p => p.X);
            var top = sub.Points.Min(p => p.Y);
            var bottom = sub.Points.Max(p => p.Y);
            var width = right - left;
            var height = bottom - top;
            if (height <= MaxRuleThickness && width > height)
            {
                var y = (top + bottom) / 2;
                into.Add(RulingSegment.Horizontal(y, left, right) with { Weight = height });
            }
            else if (width <= MaxRuleThickness && height > width)
            {
                var x = (left + right) / 2;
                into.Add(RulingSegment.Vertical(x, top, bottom) with { Weight = width });
            }
        }
    }

    /// <summary>Whether every edge of the subpath is horizontal or vertical and it has at most four
    /// distinct corners (a rectangle, possibly drawn with a repeated closing point).</summary>
    private static bool IsAxisRectangle(SubPath sub)
    {
        var points = sub.Points;
        if (points.Count > 6)
        {
            return false;
        }

        for (var i = 0; i < points.Count; i++)
        {
            var a = points[i];
            var b = points[(i + 1) % points.Count];
            if (Math.Abs(a.X - b.X) > AxisTolerance && Math.Abs(a.Y - b.Y) > AxisTolerance)
            {
                return false;
            }
        }

        return true;
    }
}
