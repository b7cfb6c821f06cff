using Extraction.Ocr;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Paddle;

namespace Extraction.Tests.Ocr;

/// <summary>PaddleOCR post-processing on made-up model outputs, seal removal, and the tesseract fallback
/// when the models cannot be had.</summary>
public sealed class PaddleTests
{
    [Fact]
    public void Ctc_merges_repeats_drops_blanks_and_maps_class_i_to_dictionary_entry_i_minus_1()
    {
        string[] dictionary = ["1", "2", ".", " "];
        // Steps: 1 1 blank 1 . . 2 blank → "11.2"; class count = blank + 4.
        int[] best = [1, 1, 0, 1, 3, 3, 2, 0];
        float[] top = [0.9f, 0.8f, 0.99f, 0.7f, 0.95f, 0.6f, 0.5f, 0.99f];
        var steps = new float[best.Length * 5];
        for (var t = 0; t < best.Length; t++)
        {
            for (var c = 0; c < 5; c++)
            {
                steps[(t * 5) + c] = c == best[t] ? top[t] : (1 - top[t]) / 4;
            }
        }

        var reading = CtcDecoder.Decode(steps, best.Length, 5, dictionary);
        Assert.Equal("11.2", reading.Text);
        Assert.Equal((0.9 + 0.7 + 0.95 + 0.5) / 4, reading.Confidence, 5);
        Assert.Equal(0.5, reading.MinCharConfidence, 5);
    }

    [Fact]
    public void Db_boxes_are_grown_back_scaled_to_the_page_and_weak_regions_dropped()
    {
        const int w = 40, h = 20;
        var map = new float[w * h];
        // A confident kernel 10x4 at (5,5) and a weak one (mean 0.4) at (25,5).
        for (var y = 5; y < 9; y++)
        {
            for (var x = 5; x < 15; x++)
            {
                map[(y * w) + x] = 0.9f;
            }

            for (var x = 25; x < 35; x++)
            {
                map[(y * w) + x] = 0.4f;
            }
        }

        var boxes = DbPostProcess.Boxes(map, w, h, 2.0, 2.0, 80, 40);
        var box = Assert.Single(boxes);
        // Unclip distance = 10*4*1.5 / (2*(10+4)) ≈ 2.14 map pixels each side, then ×2 to the page.
        Assert.InRange(box.Left, 5, 6);
        Assert.InRange(box.Right, 34, 35);
        Assert.InRange(box.Top, 5, 6);
        Assert.InRange(box.Bottom, 22, 23);
        Assert.Equal(0.9, box.Score, 3);
    }

    [Fact]
    public void Red_seal_ink_becomes_paper_and_black_text_under_it_stays_dark()
    {
        Assert.True(ColourFilter.GrayWithoutSeal(220, 40, 50) > 200);
        Assert.True(ColourFilter.GrayWithoutSeal(20, 10, 15) < 40);
        Assert.Equal(ColourFilter.Gray(90, 90, 90), ColourFilter.GrayWithoutSeal(90, 90, 90));
    }

    [Fact]
    public void Near_seal_ink_the_pinkish_gray_edges_of_its_strokes_become_paper_and_text_stays()
    {
        // A row of paper (238) with: a seal stroke (red, x 4..5) whose JPEG-blurred edges are pink-gray
        // (x 3, redness 30) and plain gray (x 6); text under the seal (dark red, x 5 in row 1); black text
        // far from the seal (x 14); a gray edge far from any seal (x 16) is left as it is.
        const int w = 20, h = 3;
        var filter = new ColourFilter(w, h);
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var (r, g, b) = x switch
                {
                    3 => (215, 185, 185),
                    4 or 5 when y == 1 && x == 5 => (120, 20, 20),
                    4 or 5 => (225, 130, 130),
                    6 => (180, 180, 180),
                    7 when y == 2 => (110, 110, 110),
                    8 when y == 2 => (150, 100, 100),
                    14 => (30, 30, 30),
                    16 => (180, 180, 180),
                    _ => (238, 238, 238),
                };
                filter.Set((y * w) + x, r, g, b);
            }
        }

        var image = filter.ToImage();
        byte At(int x, int y) => image.Pixels[(y * w) + x];
        Assert.Equal(238, At(3, 0));
        Assert.Equal(238, At(4, 0));
        Assert.Equal(238, At(6, 0));
        Assert.True(At(5, 1) < 130, "text under the seal stays dark");
        // A rule beside the stroke (neutral gray, inside the seal's smear) keeps its gray; one under a thin
        // part of the stroke (a little red) comes back dark, not paper.
        Assert.Equal(110, At(7, 2));
        Assert.True(At(8, 2) < 160, "a rule under a thin seal stroke stays ink");
        Assert.True(image.Seal is { } seal && seal.Pixels[(1 * w) + 5] < 128 && seal.Pixels[(1 * w) + 14] > 128);
        Assert.True(At(14, 0) < 40);
        Assert.Equal(180, At(16, 0));
    }

    [Fact]
    public void Models_that_cannot_be_had_give_a_reason_and_tesseract_reads_instead()
    {
        var options = OcrOptions.Default with { ModelDirectory = "/dev/null/no-models-here" };
        Assert.Null(PaddleEngine.Shared(options, out var reason));
        Assert.Contains("cannot run", reason, StringComparison.Ordinal);
        Assert.True(new OcrRecognizer(options).IsAvailable(out var why), why);
    }
}
