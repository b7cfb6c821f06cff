using Extraction.Output.Html;
using Extraction.Workspace.Exports;
using SkiaSharp;

namespace Extraction.Workspace.Tests;

/// <summary>The 审核意见 DOCX carries the crop with its boxes drawn in: solid red on each number, the region dashed
/// when no number was located; pixels away from the boxes keep the page's colour.</summary>
public sealed class CropPainterTests
{
    [Fact]
    public void Numbers_get_a_solid_red_box_in_the_pixels()
    {
        var painted = Decode(CropPainter.Paint(new EvidenceImage(White(200, 100), 200, 100, new EvidencePixels(10, 10, 180, 80))
        {
            Marks = [new EvidencePixels(50, 40, 30, 12)],
        }));
        Assert.True(IsRed(painted.GetPixel(47, 46)), "left edge of the number's box");
        Assert.True(IsRed(painted.GetPixel(65, 37)), "top edge of the number's box");
        Assert.False(IsRed(painted.GetPixel(65, 46)), "inside the box the number stays readable");
        Assert.False(IsRed(painted.GetPixel(7, 50)), "the region is not boxed when a number was located");
    }

    [Fact]
    public void Without_a_located_number_the_region_is_dashed()
    {
        var painted = Decode(CropPainter.Paint(new EvidenceImage(White(200, 100), 200, 100, new EvidencePixels(20, 20, 160, 60))));
        var edge = Enumerable.Range(17, 166).Select(x => IsRed(painted.GetPixel(x, 17))).ToArray();
        Assert.Contains(true, edge);
        Assert.Contains(false, edge); // dashes leave gaps
    }

    [Fact]
    public void A_grayscale_crop_gets_a_red_box()
    {
        using var gray = new SKBitmap(100, 60, SKColorType.Gray8, SKAlphaType.Opaque);
        gray.Erase(SKColors.White);
        using var data = gray.Encode(SKEncodedImageFormat.Png, 100);
        var painted = Decode(CropPainter.Paint(new EvidenceImage(data.ToArray(), 100, 60, null) { Marks = [new EvidencePixels(30, 20, 30, 12)] }));
        Assert.True(IsRed(painted.GetPixel(27, 26)));
    }

    [Fact]
    public void Nothing_to_draw_keeps_the_png()
    {
        var png = White(20, 20);
        Assert.Same(png, CropPainter.Paint(new EvidenceImage(png, 20, 20, null)));
    }

    private static bool IsRed(SKColor c) => c.Red > 180 && c.Green < 90 && c.Blue < 90;

    private static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    private static byte[] White(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
