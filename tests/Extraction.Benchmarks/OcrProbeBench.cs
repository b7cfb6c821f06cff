using System.Globalization;
using Extraction.Model;
using Extraction.Ocr;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Paddle;
using Extraction.Ocr.Recognition;
using Extraction.Ocr.Tools;

namespace Extraction.Benchmarks;

/// <summary>Looks at one region of a rendered page: what PaddleOCR detects and reads there, the region
/// taken as one table cell (for checking lone digits and seals by eye).</summary>
internal sealed class OcrProbeBench : IBench
{
    public string Name => "ocr-probe";

    public string Description => "PaddleOCR on one page region: ocr-probe file.pdf page x y width height (300-dpi pixels)";

    public int Run(string[] args)
    {
        if (args.Length < 6)
        {
            Console.Error.WriteLine(Description);
            return 2;
        }

        int At(int i) => int.Parse(args[i], CultureInfo.InvariantCulture);
        var options = OcrOptions.Default with { CacheDirectory = null };
        var engine = PaddleEngine.Shared(options, out var reason);
        if (engine is null)
        {
            Console.Error.WriteLine(reason);
            return 1;
        }

        var page = Poppler.RenderPage(args[0], At(1), 300, options.ToolTimeout, CancellationToken.None);
        var (x, y, w, h) = (At(2), At(3), At(4), At(5));
        var pixels = new byte[w * h];
        for (var row = 0; row < h; row++)
        {
            Array.Copy(page.Pixels, ((y + row) * page.Width) + x, pixels, row * w, w);
        }

        var crop = new GrayImage(w, h, pixels);
        foreach (var box in engine.Detect(crop, CancellationToken.None))
        {
            Console.WriteLine(FormattableString.Invariant($"detected {box.Left},{box.Top}-{box.Right},{box.Bottom} score {box.Score:0.000}"));
        }

        var reading = engine.Recognize([crop], CancellationToken.None)[0];
        Console.WriteLine(FormattableString.Invariant($"whole region: \"{reading.Text}\" {reading.Confidence:0.000} (min {reading.MinCharConfidence:0.000})"));
        var cell = new BoundingBox(2 * 72.0 / 300, 2 * 72.0 / 300, (w - 2) * 72.0 / 300, (h - 2) * 72.0 / 300);
        foreach (var word in new PaddleWordReader(engine).Read(crop, [], [cell], 300, CancellationToken.None))
        {
            Console.WriteLine(FormattableString.Invariant($"as a cell: \"{word.Text}\" {word.Left},{word.Top}-{word.Right},{word.Bottom} conf {word.Confidence}"));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var all = engine.Detect(page, CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant($"page detection: {clock.Elapsed.TotalSeconds:0.00} s, {all.Count} boxes"));
        clock.Restart();
        var allCrops = all.Select(b => Crop(page, b)).ToList();
        var allReadings = engine.Recognize(allCrops, CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant($"recognition of them: {clock.Elapsed.TotalSeconds:0.00} s, {allReadings.Sum(r => r.Text.Length)} characters, widths at 48: {allCrops.Sum(c => 48 * c.Width / Math.Max(1, c.Height))}"));
        clock.Restart();
        PageOrientation.QuarterTurns(engine, page, CancellationToken.None);
        Console.WriteLine(FormattableString.Invariant($"orientation: {clock.Elapsed.TotalSeconds:0.00} s"));
        clock.Restart();
        foreach (var box in all.Where(b => b.Right > x && b.Left < x + w && b.Bottom > y && b.Top < y + h))
        {
            Console.WriteLine(FormattableString.Invariant($"detected on the page {box.Left},{box.Top}-{box.Right},{box.Bottom} score {box.Score:0.000}"));
        }

        // The whole page through the analyser: words and cells in the region.
        var observation = PageImageAnalyzer.Analyze(page, 300, options, new PaddleWordReader(engine), CancellationToken.None);
        foreach (var word in observation.Words.Where(o => o.CenterX >= x && o.CenterX < x + w && o.CenterY >= y && o.CenterY < y + h))
        {
            Console.WriteLine(FormattableString.Invariant($"on the page: \"{word.Text}\" {word.Left},{word.Top}-{word.Right},{word.Bottom} conf {word.Confidence}"));
        }

        foreach (var b in TableGeometry.Build(1, observation.Lines, 300, []).SelectMany(t => t.Table.Cells).Select(c => c.Provenance.Box!.Value))
        {
            var (cx, cy) = (b.CenterX * 300 / 72, b.CenterY * 300 / 72);
            if (cx >= x && cx < x + w && cy >= y && cy < y + h)
            {
                Console.WriteLine(FormattableString.Invariant($"reader's cell {b.Left * 300 / 72:0},{b.Top * 300 / 72:0}-{b.Right * 300 / 72:0},{b.Bottom * 300 / 72:0}"));
            }
        }

        Console.WriteLine(FormattableString.Invariant($"whole analysis: {clock.Elapsed.TotalSeconds:0.00} s"));
        var assembled = PageAssembler.Assemble(At(1), observation, null, null);
        foreach (var c in assembled.Blocks.OfType<Table>().SelectMany(t => t.Cells))
        {
            var b = c.Provenance.Box!.Value;
            var (cx, cy) = (b.CenterX * 300 / 72, b.CenterY * 300 / 72);
            if (cx >= x && cx < x + w && cy >= y && cy < y + h)
            {
                Console.WriteLine(FormattableString.Invariant($"cell r{c.Row}c{c.Column} \"{c.Text}\" {b.Left * 300 / 72:0},{b.Top * 300 / 72:0}-{b.Right * 300 / 72:0},{b.Bottom * 300 / 72:0} conf {c.Provenance.Confidence}"));
            }
        }

        return 0;
    }

    private static GrayImage Crop(GrayImage image, TextBox box)
    {
        var width = Math.Max(1, box.Right - box.Left);
        var height = Math.Max(1, box.Bottom - box.Top);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(image.Pixels, ((box.Top + y) * image.Width) + box.Left, pixels, y * width, width);
        }

        return new GrayImage(width, height, pixels);
    }
}
