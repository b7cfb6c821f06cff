using System.Globalization;
using System.Text;
using Extraction.Ocr;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Paddle;
using Extraction.Ocr.Recognition;
using Extraction.Ocr.Tools;

namespace Extraction.Benchmarks;

/// <summary>What the OCR analysis sees on one page, for looking at by eye: the gray page after seal removal, turning and
/// deskew, with the table rules it found drawn over it in colour (horizontal blue, vertical green), as a PPM.</summary>
internal sealed class OcrDumpBench : IBench
{
    public string Name => "ocr-dump";

    public string Description => "the analysed page image with its table rules: ocr-dump file.pdf page out.ppm";

    public int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine(Description);
            return 2;
        }

        var options = OcrOptions.Default with { CacheDirectory = null };
        var engine = PaddleEngine.Shared(options, out var reason);
        if (engine is null)
        {
            Console.Error.WriteLine(reason);
            return 1;
        }

        var image = Poppler.RenderPage(args[0], int.Parse(args[1], CultureInfo.InvariantCulture), 300, options.ToolTimeout, CancellationToken.None);
        var turns = PageOrientation.QuarterTurns(engine, image, CancellationToken.None);
        var upright = UprightPage.Of(image, turns, options.MaxSkewDegrees);
        (image, var ink, var threshold, var skew) = (upright.Image, upright.Ink, upright.Threshold, upright.Skew);

        var lines = LineDetector.Detect(ink, image.Width, image.Height, LineDetectorOptions.ForDpi(300), image.Seal);
        Console.WriteLine(FormattableString.Invariant($"turns {turns} skew {skew:0.00} threshold {threshold} lines {lines.Count}"));
        var rgb = new byte[image.Width * image.Height * 3];
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            rgb[3 * i] = rgb[(3 * i) + 1] = rgb[(3 * i) + 2] = image.Pixels[i];
        }

        foreach (var line in lines)
        {
            Console.WriteLine(FormattableString.Invariant($"{(line.Horizontal ? "H" : "V")} at {line.Position:0} {line.Start}-{line.End} thick {line.Thickness}"));
            var at = (int)Math.Round(line.Position);
            for (var along = line.Start; along <= line.End; along++)
            {
                var (x, y) = line.Horizontal ? (along, at) : (at, along);
                if ((uint)x < (uint)image.Width && (uint)y < (uint)image.Height)
                {
                    var p = 3 * ((y * image.Width) + x);
                    (rgb[p], rgb[p + 1], rgb[p + 2]) = line.Horizontal ? ((byte)0, (byte)0, (byte)255) : ((byte)0, (byte)200, (byte)0);
                }
            }
        }

        using var file = File.Create(args[2]);
        file.Write(Encoding.ASCII.GetBytes(FormattableString.Invariant($"P6\n{image.Width} {image.Height}\n255\n")));
        file.Write(rgb);
        return 0;
    }
}
