using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Tools;

/// <summary>pdftoppm as a process: renders one PDF page in colour (PPM), made gray here with red seal
/// ink dropped (<see cref="ColourFilter"/>). The page's size is asked first
/// (pdfinfo), so the pixel limit holds before anything is rasterised: a page too large for the working
/// resolution is rendered at a lower one, and one too large even at <see cref="MinDpi"/> is refused. A page
/// that renders pure white (its image data could not be decoded) is refused too, never passed on as blank.</summary>
internal static partial class Poppler
{
    /// <summary>Largest page image rendered (pixels): A3 at 300 dpi is 17.4 million.</summary>
    public const long MaxRenderPixels = 40_000_000;

    /// <summary>Lowest resolution a large page is rendered at before it is refused.</summary>
    public const int MinDpi = 50;

    public static GrayImage RenderPage(string pdfPath, int page, int dpi, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var used = ResolutionFor(pdfPath, page, dpi, timeout, cancellationToken);
        // Without an output prefix pdftoppm writes the image to standard output.
        var result = ProcessRunner.Run(
            "pdftoppm",
            ["-r", used.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "--", pdfPath],
            timeout,
            cancellationToken);
        if (result.ExitCode != 0 || result.StandardOutput.Length == 0)
        {
            throw new InvalidDataException($"pdftoppm could not render page {page} (exit {result.ExitCode}): {FirstLine(result.StandardError)}");
        }

        var image = PnmCodec.Read(result.StandardOutput);
        if (Array.TrueForAll(image.Pixels, p => p == 255))
        {
            // An image-only page whose rendering has no ink at all: the image data did not decode (pdftoppm
            // paints nothing and often says nothing). Reported, so the page is not taken as read.
            throw new InvalidDataException($"page {page} rendered blank: its image could not be decoded{(result.StandardError.Length > 0 ? ": " + FirstLine(result.StandardError) : string.Empty)}");
        }

        return image;
    }

    /// <summary>The resolution that keeps the page within <see cref="MaxRenderPixels"/>.</summary>
    internal static int ResolutionFor(string pdfPath, int page, int dpi, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var info = ProcessRunner.Run("pdfinfo", ["-box", "-f", number, "-l", number, "--", pdfPath], timeout, cancellationToken);
        var text = Encoding.UTF8.GetString(info.StandardOutput);
        double width = 0, height = 0;
        foreach (Match m in BoxLine().Matches(text))
        {
            var w = Math.Abs(Parse(m.Groups[3].Value) - Parse(m.Groups[1].Value));
            var h = Math.Abs(Parse(m.Groups[4].Value) - Parse(m.Groups[2].Value));
            width = Math.Max(width, w);
            height = Math.Max(height, h);
        }

        if (width <= 0 || height <= 0)
        {
            return dpi; // size unknown: pdftoppm's own failure will say why
        }

        var pixels = width / 72 * dpi * (height / 72 * dpi);
        if (pixels <= MaxRenderPixels)
        {
            return dpi;
        }

        var reduced = (int)Math.Floor(dpi * Math.Sqrt(MaxRenderPixels / pixels));
        if (reduced < MinDpi)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"page {page} is {width:0} × {height:0} pt: over {MaxRenderPixels:N0} pixels even at {MinDpi} dpi, so it is not rasterised"));
        }

        return reduced;
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }

    [GeneratedRegex(@"(?:MediaBox|CropBox):\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)")]
    private static partial Regex BoxLine();
}
