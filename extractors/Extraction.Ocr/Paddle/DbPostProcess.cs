namespace Extraction.Ocr.Paddle;

/// <summary>DB (differentiable binarisation) post-processing: the probability map is thresholded,
/// connected regions become boxes, boxes whose mean probability is low are dropped, and the rest are
/// grown back ("unclipped") by area × ratio / perimeter, since the model predicts shrunk text kernels.
/// Pages are deskewed before detection, so boxes are axis-aligned.</summary>
internal static class DbPostProcess
{
    public const float Threshold = 0.3f;
    public const double BoxThreshold = 0.6;
    public const double UnclipRatio = 1.5;
    private const int MinSide = 3;

    /// <summary>Boxes in map pixels scaled by (<paramref name="scaleX"/>, <paramref name="scaleY"/>) to
    /// the source image and clamped to its size.</summary>
    public static List<TextBox> Boxes(ReadOnlySpan<float> map, int width, int height, double scaleX, double scaleY, int sourceWidth, int sourceHeight)
    {
        var labels = new int[width * height];
        var stack = new Stack<int>();
        var boxes = new List<TextBox>();
        var next = 0;
        for (var start = 0; start < labels.Length; start++)
        {
            if (labels[start] != 0 || map[start] <= Threshold)
            {
                continue;
            }

            next++;
            int left = width, top = height, right = -1, bottom = -1, count = 0;
            double sum = 0;
            labels[start] = next;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                var x = p % width;
                var y = p / width;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                sum += map[p];
                count++;
                Visit(map, labels, stack, width, height, x - 1, y, next);
                Visit(map, labels, stack, width, height, x + 1, y, next);
                Visit(map, labels, stack, width, height, x, y - 1, next);
                Visit(map, labels, stack, width, height, x, y + 1, next);
            }

            var w = right - left + 1;
            var h = bottom - top + 1;
            var score = sum / count;
            if (Math.Min(w, h) < MinSide || score < BoxThreshold)
            {
                continue;
            }

            var distance = w * h * UnclipRatio / (2.0 * (w + h));
            var l = (left - distance) * scaleX;
            var t = (top - distance) * scaleY;
            var r = (right + 1 + distance) * scaleX;
            var b = (bottom + 1 + distance) * scaleY;
            if (Math.Min(w + (2 * distance), h + (2 * distance)) < MinSide + 2)
            {
                continue;
            }

            boxes.Add(new TextBox(
                Math.Clamp((int)Math.Floor(l), 0, sourceWidth),
                Math.Clamp((int)Math.Floor(t), 0, sourceHeight),
                Math.Clamp((int)Math.Ceiling(r), 0, sourceWidth),
                Math.Clamp((int)Math.Ceiling(b), 0, sourceHeight),
                score));
        }

        return boxes;
    }

    private static void Visit(ReadOnlySpan<float> map, int[] labels, Stack<int> stack, int width, int height, int x, int y, int label)
    {
        if (x < 0 || y < 0 || x >= width || y >= height)
        {
            return;
        }

        var p = (y * width) + x;
        if (labels[p] == 0 && map[p] > Threshold)
        {
            labels[p] = label;
            stack.Push(p);
        }
    }
}
