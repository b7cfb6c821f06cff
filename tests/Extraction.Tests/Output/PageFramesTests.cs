using Extraction.Model;
using Extraction.Ocr.Imaging;
using Extraction.Output.Reports;

namespace Extraction.Tests.Output;

/// <summary>Boxes of a page OCR read turned map back onto the page as stored: a mark found in the turned
/// image (turned as the recogniser turns pages) lands where it is in the stored one.</summary>
public sealed class PageFramesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_box_in_the_turned_frame_maps_back_to_the_stored_page(int turns)
    {
        // Stored page 60 × 40 with a black mark at x 10..15, y 5..10.
        const int w = 60, h = 40;
        var pixels = Enumerable.Repeat((byte)255, w * h).ToArray();
        for (var y = 5; y < 10; y++)
        {
            for (var x = 10; x < 15; x++)
            {
                pixels[(y * w) + x] = 0;
            }
        }

        var turned = SkiaImaging.Rotate(new GrayImage(w, h, pixels), turns);
        int left = int.MaxValue, top = int.MaxValue, right = 0, bottom = 0;
        for (var y = 0; y < turned.Height; y++)
        {
            for (var x = 0; x < turned.Width; x++)
            {
                if (turned.Pixels[(y * turned.Width) + x] < 128)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
            }
        }

        var page = new Page(1, [], turned.Width, turned.Height, PageKind.Recognised) { QuarterTurns = turns };
        var frames = new PageFrames([page]);
        var stored = frames.ToStored(1, new BoundingBox(left, top, right, bottom))!.Value;
        Assert.Equal(10, stored.Left, 1.0);
        Assert.Equal(5, stored.Top, 1.0);
        Assert.Equal(15, stored.Right, 1.0);
        Assert.Equal(10, stored.Bottom, 1.0);
        Assert.Equal((w, h), ((int)frames.Sizes.Single().Width, (int)frames.Sizes.Single().Height));
        // Another page, read as it is, keeps its boxes.
        Assert.Equal(new BoundingBox(1, 2, 3, 4), frames.ToStored(2, new BoundingBox(1, 2, 3, 4)));
    }
}
