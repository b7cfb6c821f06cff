namespace Extraction.Layout;

/// <summary>Vertical borders that cross no horizontal rule but belong to a table beside them. On a page that
/// continues a table, columns still covered by cells spanning down from the previous page carry no horizontal
/// rule (Chromium/Skia, and any producer that draws each cell's own borders), so their borders touch nothing;
/// left out, those columns vanish and the part no longer lines up with the rest of its table.</summary>
internal static class LoneVerticals
{
    /// <summary>Adds to each table group the lone verticals that run over the group's whole height (both ends
    /// within <paramref name="tolerance"/> of the group's verticals' extent) and stand no farther from the
    /// group's outermost vertical than its widest column (or inside the group), nearest first, so a run of such columns
    /// joins.</summary>
    public static void Attach(List<(List<AxisLine> H, List<AxisLine> V)> tables, List<AxisLine> lone, double tolerance)
    {
        foreach (var (_, v) in tables)
        {
            if (lone.Count == 0)
            {
                return;
            }

            var positions = v.Select(l => l.Position).Distinct().Order().ToList();
            if (positions.Count < 2)
            {
                continue;
            }

            var top = v.Min(l => l.Start);
            var bottom = v.Max(l => l.End);
            var widest = positions.Zip(positions.Skip(1), (a, b) => b - a).Max();
            var left = positions[0];
            var right = positions[^1];
            var candidates = lone
                .Where(l => Math.Abs(l.Start - top) <= tolerance && Math.Abs(l.End - bottom) <= tolerance)
                .ToList();
            bool added;
            do
            {
                added = false;
                foreach (var line in candidates.OrderBy(l => Math.Min(Math.Abs(l.Position - left), Math.Abs(l.Position - right))))
                {
                    // Inside the group (between two spanned columns) or one column beyond its edge.
                    var inside = line.Position >= left && line.Position <= right;
                    var beyondLeft = line.Position < left - tolerance && left - line.Position <= widest;
                    var beyondRight = line.Position > right + tolerance && line.Position - right <= widest;
                    if (!inside && !beyondLeft && !beyondRight)
                    {
                        continue;
                    }

                    left = Math.Min(left, line.Position);
                    right = Math.Max(right, line.Position);
                    v.Add(line);
                    lone.Remove(line);
                    candidates.Remove(line);
                    added = true;
                    break;
                }
            }
            while (added);
        }
    }
}
