using Extraction.Layout;
using Extraction.Model;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Recognition;

namespace Extraction.Tests.Ocr;

public class ImagingTests
{
    [Fact]
    public void Pgm_round_trips_and_ppm_becomes_gray_without_red_seal_ink()
    {
        var image = TestImages.Grid(60, 40, 5, 5, 2, 2, 20, 12);
        var back = PnmCodec.Read(PnmCodec.WritePgm(image));
        Assert.Equal(image.Pixels, back.Pixels);

        // Seal red becomes paper; black text and blue ink stay dark.
        var ppm = System.Text.Encoding.ASCII.GetBytes("P6\n# comment\n3 1\n255\n").Concat(new byte[] { 255, 0, 0, 20, 20, 20, 0, 0, 200 }).ToArray();
        var gray = PnmCodec.Read(ppm);
        Assert.Equal(new byte[] { 255, 20, 22 }, gray.Pixels);
    }

    [Fact]
    public void Truncated_pgm_is_rejected_with_what_was_expected()
    {
        var ex = Assert.Throws<InvalidDataException>(() => PnmCodec.Read(System.Text.Encoding.ASCII.GetBytes("P5\n10 10\n255\nabc")));
        Assert.Contains("expected 100 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_decodes_through_skia_with_its_stated_resolution()
    {
        var image = TestImages.Grid(50, 30, 4, 4, 2, 3, 14, 11);
        TestImages.AddNoise(image, 0.05, 7);
        var png = TestImages.Png(image, 150);
        var decoded = SkiaImaging.Decode(png, 1 << 20)!;
        Assert.Equal(image.Pixels, decoded.Pixels);
        Assert.Equal(150, ImageResolution.Png(png)!.Value, 0);
    }

    [Fact]
    public void Damaged_or_oversized_images_are_refused_not_crashed_on()
    {
        var png = TestImages.Png(GrayImage.Blank(8, 8), 300);
        png[8] = 0x7F; // IHDR length far beyond the file
        Assert.Null(ImageResolution.Png(png));
        Assert.Null(SkiaImaging.Decode(png, 1 << 20));
        Assert.Null(SkiaImaging.Decode([1, 2, 3, 4], 1 << 20));
        Assert.Throws<InvalidDataException>(() => SkiaImaging.Decode(TestImages.Png(GrayImage.Blank(100, 100), 300), 5_000));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.6)]
    [InlineData(0.4)]
    public void Skew_is_estimated_and_undone(double degrees)
    {
        var page = TextLikePage();
        var skewed = Resampler.Transform(page, -degrees); // rotate content by +degrees
        var ink = Binarizer.Binarize(skewed, Binarizer.OtsuThreshold(skewed));
        var estimate = SkewEstimator.Estimate(ink, skewed.Width, skewed.Height);
        Assert.InRange(estimate, degrees - 0.1, degrees + 0.1);

        var straight = Resampler.Transform(skewed, estimate);
        var straightInk = Binarizer.Binarize(straight, Binarizer.OtsuThreshold(straight));
        Assert.InRange(SkewEstimator.Estimate(straightInk, straight.Width, straight.Height), -0.1, 0.1);
    }

    [Fact]
    public void Grid_rules_are_found_despite_noise_and_gaps_and_become_a_table()
    {
        var image = TestImages.Grid(1400, 900, 100, 100, 4, 3, 300, 150);
        // Breaks in the rules (a scan's dropouts) and speckle noise.
        TestImages.Fill(image, 250, 95, 252, 110, 255);
        TestImages.Fill(image, 395, 320, 410, 322, 255);
        TestImages.AddNoise(image, 0.01, 3);
        var ink = Binarizer.Binarize(image, Binarizer.OtsuThreshold(image));
        var lines = LineDetector.Detect(ink, image.Width, image.Height, LineDetectorOptions.ForDpi(300));

        Assert.Equal(5, lines.Count(l => l.Horizontal));
        Assert.Equal(4, lines.Count(l => !l.Horizontal));
        Assert.All(lines.Where(l => l.Horizontal), l => Assert.InRange(l.Length, 880, 910));

        var word = new TextFragment("3", new BoundingBox(TableGeometry.ToPoints(520, 300), TableGeometry.ToPoints(300, 300), TableGeometry.ToPoints(540, 300), TableGeometry.ToPoints(330, 300)));
        var table = Assert.Single(TableGeometry.Build(1, lines, 300, [word]));
        Assert.Equal(4, table.Table.RowCount);
        Assert.Equal(3, table.Table.ColumnCount);
        Assert.Equal("3", table.Table.CellAt(1, 1)!.Text);
    }

    [Fact]
    public void A_rule_cut_where_a_seal_was_taken_out_is_one_rule_and_other_gaps_still_cut()
    {
        // One vertical rule x=200, y 100..260, cut at y 160..200 (the seal's characters took it out);
        // another x=600 cut the same way but with no seal there; short strokes (30 px, like a glyph's) at
        // x=900 on both sides of a seal gap.
        var image = GrayImage.Blank(1000, 400);
        TestImages.Fill(image, 199, 100, 201, 160);
        TestImages.Fill(image, 199, 200, 201, 290);
        TestImages.Fill(image, 599, 100, 601, 160);
        TestImages.Fill(image, 599, 200, 601, 290);
        TestImages.Fill(image, 899, 130, 901, 160);
        TestImages.Fill(image, 899, 200, 901, 230);
        var seal = GrayImage.Blank(1000, 400);
        TestImages.Fill(seal, 150, 155, 260, 205, 0);
        TestImages.Fill(seal, 850, 155, 960, 205, 0);
        var ink = Binarizer.Binarize(image, 128);
        var options = LineDetectorOptions.ForDpi(300);

        var without = LineDetector.Detect(ink, image.Width, image.Height, options).Where(l => !l.Horizontal).ToList();
        var with = LineDetector.Detect(ink, image.Width, image.Height, options, seal).Where(l => !l.Horizontal).ToList();

        Assert.DoesNotContain(without, l => Math.Abs(l.Position - 200) < 3 && l.Start < 160);
        var joined = Assert.Single(with, l => Math.Abs(l.Position - 200) < 3);
        Assert.InRange(joined.Start, 99, 101);
        Assert.InRange(joined.End, 289, 291);
        Assert.DoesNotContain(with, l => Math.Abs(l.Position - 600) < 3 && l.Start < 160);
        Assert.DoesNotContain(with, l => Math.Abs(l.Position - 900) < 3);
    }

    [Fact]
    public void The_seal_mask_follows_the_image_through_turning_and_deskew()
    {
        var image = new GrayImage(200, 100, new byte[200 * 100]) { Seal = GrayImage.Blank(200, 100) };
        TestImages.Fill(image.Seal!, 0, 0, 20, 10, 0);
        var turned = SkiaImaging.Rotate(image, 1);
        Assert.NotNull(turned.Seal);
        Assert.Equal((100, 200), (turned.Seal!.Width, turned.Seal.Height));
        // A quarter turn clockwise moves the top-left corner to the top-right.
        Assert.True(turned.Seal[95, 5] < 128);
        Assert.True(turned.Seal[5, 5] > 128);
        var straight = Resampler.Transform(turned, 1.0);
        Assert.NotNull(straight.Seal);
        Assert.Equal((turned.Width, turned.Height), (straight.Seal!.Width, straight.Seal.Height));
    }

    [Fact]
    public void Erasing_rules_whitens_them()
    {
        var image = TestImages.Grid(400, 300, 20, 20, 2, 2, 150, 100);
        var ink = Binarizer.Binarize(image, 128);
        var lines = LineDetector.Detect(ink, image.Width, image.Height, LineDetectorOptions.ForDpi(300));
        LineDetector.Erase(image, lines);
        Assert.DoesNotContain(image.Pixels, p => p < 128);
    }

    /// <summary>Rows of short dark dashes, like lines of text, with a rule across the page.</summary>
    private static GrayImage TextLikePage()
    {
        var image = GrayImage.Blank(1200, 900);
        var random = new Random(5);
        for (var y = 100; y < 800; y += 60)
        {
            for (var x = 100; x < 1100; x += 40)
            {
                if (random.Next(5) > 0)
                {
                    TestImages.Fill(image, x, y + random.Next(4), x + 30, y + 30);
                }
            }
        }

        return image;
    }
}
