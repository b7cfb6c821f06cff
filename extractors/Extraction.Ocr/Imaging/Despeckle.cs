namespace Extraction.Ocr.Imaging;

/// <summary>Removes specks (scanner noise): connected ink components smaller than a full stop at the
/// working resolution. Tesseract reads specks as punctuation or strokes, and they break rule runs.</summary>
internal static class Despeckle
{
    /// <summary>Largest speck area in pixels at 300 dpi (a printed full stop is about 25).</summary>
    private const int MaxSpeckAt300 = 12;

    /// <summary>Cleans <paramref name="ink"/> in place, and paints the specks white in <paramref name="image"/>
    /// when given; returns how many components were removed.</summary>
    public static int Apply(byte[] ink, int width, int height, int dpi, GrayImage? image = null)
    {
        var maxArea = Math.Max(1, (int)Math.Round(MaxSpeckAt300 * (dpi / 300.0) * (dpi / 300.0)));
        var seen = new bool[ink.Length];
        var stack = new Stack<int>();
        var component = new List<int>(maxArea + 1);
        var removed = 0;
        for (var start = 0; start < ink.Length; start++)
        {
            if (ink[start] == 0 || seen[start])
            {
                continue;
            }

            component.Clear();
            var size = 0;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                size++;
                if (component.Count <= maxArea)
                {
                    component.Add(p);
                }

                var x = p % width;
                var y = p / width;
                for (var dy = -1; dy <= 1; dy++)
                {
                    var yy = y + dy;
                    if ((uint)yy >= (uint)height)
                    {
                        continue;
                    }

                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var xx = x + dx;
                        var q = (yy * width) + xx;
                        if ((uint)xx < (uint)width && ink[q] != 0 && !seen[q])
                        {
                            seen[q] = true;
                            stack.Push(q);
                        }
                    }
                }
            }

            if (size <= maxArea)
            {
                foreach (var p in component)
                {
                    ink[p] = 0;
                    if (image is not null)
                    {
                        image.Pixels[p] = 255;
                    }
                }

                removed++;
            }
        }

        return removed;
    }
}
