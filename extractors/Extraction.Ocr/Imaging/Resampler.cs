namespace Extraction.Ocr.Imaging;

/// <summary>Bilinear rotation about the centre with optional scaling; outside pixels become white.</summary>
internal static class Resampler
{
    /// <summary>Rotates the image content by -<paramref name="skewDegrees"/> (undoing that skew) and
    /// scales it by <paramref name="scale"/>.</summary>
    public static GrayImage Transform(GrayImage source, double skewDegrees, double scale = 1.0) =>
        TransformGray(source, skewDegrees, scale).WithSealOf(source, seal => TransformGray(seal, skewDegrees, scale));

    private static GrayImage TransformGray(GrayImage source, double skewDegrees, double scale)
    {
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        if ((long)width * height > GrayImage.MaxPixels)
        {
            throw new InvalidDataException($"expected at most {GrayImage.MaxPixels:N0} pixels after scaling, found {width}x{height}");
        }

        var angle = skewDegrees * Math.PI / 180;
        var cos = Math.Cos(angle) / scale;
        var sin = Math.Sin(angle) / scale;
        var cxOut = width / 2.0;
        var cyOut = height / 2.0;
        var cxIn = source.Width / 2.0;
        var cyIn = source.Height / 2.0;
        var src = source.Pixels;
        var sw = source.Width;
        var sh = source.Height;
        var output = new byte[width * height];
        Parallel.For(0, height, new ParallelOptions { MaxDegreeOfParallelism = 2 }, y =>
        {
            var dy = y + 0.5 - cyOut;
            var row = y * width;
            for (var x = 0; x < width; x++)
            {
                var dx = x + 0.5 - cxOut;
                var sx = cxIn + (dx * cos) - (dy * sin) - 0.5;
                var sy = cyIn + (dx * sin) + (dy * cos) - 0.5;
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                if (x0 < -1 || y0 < -1 || x0 >= sw || y0 >= sh)
                {
                    output[row + x] = 255;
                    continue;
                }

                var fx = sx - x0;
                var fy = sy - y0;
                double P(int px, int py) => px < 0 || py < 0 || px >= sw || py >= sh ? 255 : src[(py * sw) + px];
                var top = (P(x0, y0) * (1 - fx)) + (P(x0 + 1, y0) * fx);
                var bottom = (P(x0, y0 + 1) * (1 - fx)) + (P(x0 + 1, y0 + 1) * fx);
                output[row + x] = (byte)Math.Clamp((int)Math.Round((top * (1 - fy)) + (bottom * fy)), 0, 255);
            }
        });

        return new GrayImage(width, height, output);
    }
}
