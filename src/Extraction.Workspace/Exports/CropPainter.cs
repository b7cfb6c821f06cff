using Extraction.Output.Html;
using SkiaSharp;

namespace Extraction.Workspace.Exports;

/// <summary>Draws the evidence boxes into the crop's pixels for documents that cannot overlay them (the 审核意见 DOCX):
/// a red box on each printed number the finding rests on, or, when none was located, the evidence region dashed —
/// the same marks as report.html and the workspace.</summary>
internal static class CropPainter
{
    private const float Pad = 3;

    public static byte[] Paint(EvidenceImage image)
    {
        IEnumerable<(EvidencePixels Box, bool Number)> boxes = image.Marks.Count > 0
            ? image.Marks.Select(m => (m, true))
            : image.Box is { } b ? [(b, false)] : [];
        var list = boxes.ToList();
        if (list.Count == 0)
        {
            return image.Png;
        }

        using var source = SKBitmap.Decode(image.Png);
        if (source is null)
        {
            return image.Png;
        }

        // Crops may be grayscale PNGs: draw on a colour copy so the box is red.
        using var bitmap = source.Copy(SKColorType.Rgba8888);
        if (bitmap is null)
        {
            return image.Png;
        }

        using (var canvas = new SKCanvas(bitmap))
        {
            foreach (var (box, number) in list)
            {
                using var paint = new SKPaint
                {
                    Color = new SKColor(0xDD, 0x00, 0x00),
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = number ? 3 : 2,
                    IsAntialias = true,
                    PathEffect = number ? null : SKPathEffect.CreateDash([8, 5], 0),
                };
                canvas.DrawRect(SKRect.Create((float)box.Left - Pad, (float)box.Top - Pad, (float)box.Width + (2 * Pad), (float)box.Height + (2 * Pad)), paint);
            }
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }
}
