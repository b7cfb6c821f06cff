using System.Globalization;
using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Tools;

/// <summary>pdftoppm as a process: renders one PDF page in colour (PPM), made gray here with red seal
/// ink dropped (<see cref="ColourFilter"/>).</summary>
internal static class Poppler
{
    public static GrayImage RenderPage(string pdfPath, int page, int dpi, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        // Without an output prefix pdftoppm writes the image to standard output.
        var result = ProcessRunner.Run(
            "pdftoppm",
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "--", pdfPath],
            timeout,
            cancellationToken);
        if (result.ExitCode != 0 || result.StandardOutput.Length == 0)
        {
            throw new InvalidDataException($"pdftoppm could not render page {page} (exit {result.ExitCode}): {FirstLine(result.StandardError)}");
        }

        return PnmCodec.Read(result.StandardOutput);
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }
}
