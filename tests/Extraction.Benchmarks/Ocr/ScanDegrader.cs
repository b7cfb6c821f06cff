using System.Runtime.InteropServices;
using Extraction.Ocr.Imaging;
using SkiaSharp;

namespace Extraction.Benchmarks.Ocr;

/// <summary>Makes a worse scan of a 300-dpi page image: 150 dpi, skewed, salt-and-pepper noise, a red
/// round seal stamped (multiplied) over the text, saved as JPEG (quality 70), in colour.</summary>
internal static class ScanDegrader
{
    public static (byte[] Jpeg, int Width, int Height) Degrade(GrayImage page300, int seed, double skewDegrees, double noise)
    {
        var small = SkiaImaging.Resize(page300, page300.Width / 2, page300.Height / 2);
        var skewed = SkiaImaging.Rotate(small, 0, skewDegrees);
        var (w, h) = (skewed.Width, skewed.Height);
        var random = new Random(seed);
        var rgba = new byte[w * h * 4];
        for (var i = 0; i < w * h; i++)
        {
            var v = skewed.Pixels[i];
            if (random.NextDouble() < noise)
            {
                v = random.Next(2) == 0 ? (byte)0 : (byte)255;
            }

            rgba[i * 4] = rgba[(i * 4) + 1] = rgba[(i * 4) + 2] = v;
            rgba[(i * 4) + 3] = 255;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Marshal.Copy(rgba, 0, bitmap.GetPixels(), rgba.Length);
        using (var canvas = new SKCanvas(bitmap))
        {
            // Over the text in the page's upper right part, as departments stamp beside the signature.
            var radius = w * 0.09f;
            var (cx, cy) = (w * (0.55f + (0.2f * (float)random.NextDouble())), h * (0.25f + (0.4f * (float)random.NextDouble())));
            using var ink = new SKPaint { Color = new SKColor(215, 35, 45, 230), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = radius * 0.06f, BlendMode = SKBlendMode.Multiply };
            canvas.DrawCircle(cx, cy, radius, ink);
            ink.Style = SKPaintStyle.Fill;
            using var typeface = SKTypeface.FromFamilyName("Noto Serif CJK SC") ?? SKTypeface.Default;
            using var font = new SKFont(typeface, radius * 0.3f);
            canvas.DrawText("★", new SKPoint(cx, cy + (radius * 0.1f)), SKTextAlign.Center, font, ink);
            canvas.DrawText("核查专用章", new SKPoint(cx, cy + (radius * 0.6f)), SKTextAlign.Center, font, ink);
            canvas.DrawText("湛江市财政局", new SKPoint(cx, cy - (radius * 0.35f)), SKTextAlign.Center, font, ink);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 70);
        return (data.ToArray(), w, h);
    }
}
