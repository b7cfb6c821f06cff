namespace Extraction.Ocr.Imaging;

/// <summary>Finds long straight dark runs (table rules) in a binarised image: per row (column), runs of
/// ink joined across small gaps and kept when long; runs in neighbouring rows that overlap are one line.
/// Where a red seal was taken out, the rules under it lost pixels with it (a thin rule under the seal's
/// characters is as light as the seal): a gap lying in the seal's area joins two runs when both are
/// rule-like, one at least a rule's minimum length and the other half of it (a glyph's strokes are
/// shorter), so a grid line crossed by a seal is not cut in two pieces too short to count.</summary>
internal static class LineDetector
{
    /// <param name="seal">Where a seal was taken out (0), as <see cref="GrayImage.Seal"/>; null: none.</param>
    public static IReadOnlyList<PixelLine> Detect(byte[] ink, int width, int height, LineDetectorOptions options, GrayImage? seal = null)
    {
        var mask = seal is not null && seal.Width == width && seal.Height == height ? seal.Pixels : null;
        var lines = new List<PixelLine>();
        lines.AddRange(Scan(ink, mask, width, height, options, horizontal: true));
        lines.AddRange(Scan(ink, mask, width, height, options, horizontal: false));
        return lines;
    }

    /// <summary>Paints the lines white (with a pixel of margin) so OCR does not read rules as glyphs.</summary>
    public static void Erase(GrayImage image, IEnumerable<PixelLine> lines)
    {
        foreach (var line in lines)
        {
            var half = (line.Thickness / 2) + 2;
            var center = (int)Math.Round(line.Position);
            for (var across = center - half; across <= center + half; across++)
            {
                for (var along = line.Start; along <= line.End; along++)
                {
                    var (x, y) = line.Horizontal ? (along, across) : (across, along);
                    if ((uint)x < (uint)image.Width && (uint)y < (uint)image.Height)
                    {
                        image.Pixels[(y * image.Width) + x] = 255;
                    }
                }
            }
        }
    }

    private static List<PixelLine> Scan(byte[] ink, byte[]? seal, int width, int height, LineDetectorOptions options, bool horizontal)
    {
        var lanes = horizontal ? height : width;
        var along = horizontal ? width : height;
        var open = new List<Builder>();
        var done = new List<PixelLine>();
        var runs = new List<(int Start, int End)>();
        for (var lane = 0; lane < lanes; lane++)
        {
            runs.Clear();
            var start = -1;
            var lastInk = -1;
            for (var i = 0; i < along; i++)
            {
                var isInk = horizontal ? ink[(lane * width) + i] != 0 : ink[(i * width) + lane] != 0;
                if (!isInk)
                {
                    continue;
                }

                if (start >= 0 && i - lastInk - 1 > options.MaxGap)
                {
                    runs.Add((start, lastInk));
                    start = -1;
                }

                if (start < 0)
                {
                    start = i;
                }

                lastInk = i;
            }

            if (start >= 0)
            {
                runs.Add((start, lastInk));
            }

            if (seal is not null)
            {
                BridgeSeal(runs, seal, lane, width, horizontal, options);
            }

            runs.RemoveAll(r => r.End - r.Start + 1 < options.MinLength);

            // Attach each run to an open line it overlaps in the previous lanes.
            var next = new List<Builder>();
            foreach (var run in runs)
            {
                var match = open.FirstOrDefault(b => b.LastLane >= lane - 2 && b.Overlaps(run.Start, run.End, options.MaxGap));
                if (match is null)
                {
                    match = new Builder(lane);
                }
                else
                {
                    open.Remove(match);
                }

                match.Add(lane, run.Start, run.End);
                next.Add(match);
            }

            foreach (var b in open)
            {
                if (b.LastLane >= lane - 2)
                {
                    next.Add(b);
                }
                else
                {
                    Finish(b, horizontal, options, done);
                }
            }

            open = next;
        }

        foreach (var b in open)
        {
            Finish(b, horizontal, options, done);
        }

        return done;
    }

    /// <summary>Joins neighbouring runs of a lane across a gap in the seal's area (no stretch of the gap outside
    /// it longer than the ordinary gap), when one run is a rule's minimum length and the other half of it.</summary>
    private static void BridgeSeal(List<(int Start, int End)> runs, byte[] seal, int lane, int width, bool horizontal, LineDetectorOptions options)
    {
        var half = options.MinLength / 2;
        for (var k = 0; k + 1 < runs.Count;)
        {
            var (a, b) = (runs[k], runs[k + 1]);
            var (la, lb) = (a.End - a.Start + 1, b.End - b.Start + 1);
            var longEnough = Math.Max(la, lb) >= options.MinLength && Math.Min(la, lb) >= half;
            if (longEnough && b.Start - a.End - 1 <= options.MaxSealGap && GapInSeal(seal, lane, width, horizontal, a.End + 1, b.Start - 1, options.MaxGap))
            {
                runs[k] = (a.Start, b.End);
                runs.RemoveAt(k + 1);
            }
            else
            {
                k++;
            }
        }
    }

    private static bool GapInSeal(byte[] seal, int lane, int width, bool horizontal, int from, int to, int maxOutside)
    {
        var outside = 0;
        var inSeal = false;
        for (var i = from; i <= to; i++)
        {
            var masked = (horizontal ? seal[(lane * width) + i] : seal[(i * width) + lane]) < 128;
            inSeal |= masked;
            outside = masked ? 0 : outside + 1;
            if (outside > maxOutside)
            {
                return false;
            }
        }

        return inSeal;
    }

    private static void Finish(Builder b, bool horizontal, LineDetectorOptions options, List<PixelLine> done)
    {
        var thickness = b.LastLane - b.FirstLane + 1;
        // A thick block of ink (a filled box, a photo) is not a rule; a slightly slanted rule spreads
        // over more lanes than its stroke width, so allow for that drift along its length.
        var drift = (b.End - b.Start) / 200;
        if (thickness > options.MaxThickness + drift)
        {
            return;
        }

        done.Add(new PixelLine(horizontal, b.WeightedLane / b.Weight, b.Start, b.End, thickness));
    }

    private sealed class Builder(int firstLane)
    {
        public int FirstLane { get; } = firstLane;

        public int LastLane { get; private set; } = firstLane;

        public int Start { get; private set; } = int.MaxValue;

        public int End { get; private set; } = int.MinValue;

        public double WeightedLane { get; private set; }

        public double Weight { get; private set; }

        private int LastStart { get; set; }

        private int LastEnd { get; set; }

        public bool Overlaps(int start, int end, int gap) => start <= LastEnd + gap && end >= LastStart - gap;

        public void Add(int lane, int start, int end)
        {
            LastLane = lane;
            LastStart = start;
            LastEnd = end;
            Start = Math.Min(Start, start);
            End = Math.Max(End, end);
            var length = end - start + 1;
            WeightedLane += (double)lane * length;
            Weight += length;
        }
    }
}
