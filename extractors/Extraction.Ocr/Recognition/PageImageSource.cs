using Extraction.Ocr.Imaging;
using Extraction.Ocr.Tools;
using Extraction.Reading;

namespace Extraction.Ocr.Recognition;

/// <summary>The gray page image at the working resolution: PDF pages rendered by pdftoppm, PNG decoded
/// here, JPEG wrapped into a PDF for pdftoppm. Null for formats only tesseract reads (TIFF).</summary>
internal static class PageImageSource
{
    /// <summary>Page side assumed when an image file does not state its resolution: A4's long side
    /// (inches), so a 2339-pixel-high scan is taken as 200 dpi.</summary>
    private const double AssumedLongSideInches = 11.69;

    public static GrayImage? Load(SourceFile file, SniffedType type, int page, OcrOptions options, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case SniffedType.Pdf:
                return Poppler.RenderPage(file.Path, page, options.Dpi, options.ToolTimeout, cancellationToken);
            case SniffedType.Png:
            {
                var (image, dpi) = PngDecoder.Decode(ReadAll(file, maxDecodedBytes), maxDecodedBytes);
                var scale = options.Dpi / (dpi is > 30 and < 2400 ? dpi.Value : GuessDpi(image.Width, image.Height));
                return Math.Abs(scale - 1) < 0.05 ? image : Resampler.Transform(image, 0, scale);
            }

            case SniffedType.Jpeg:
            {
                var jpeg = ReadAll(file, maxDecodedBytes);
                var (width, height, components, dpi) = JpegWrapper.ReadHeader(jpeg);
                var wrapped = JpegWrapper.ToPdf(jpeg, width, height, components, dpi is > 30 and < 2400 ? dpi.Value : GuessDpi(width, height));
                var temp = Path.Combine(Path.GetTempPath(), $"extraction-ocr-{Guid.NewGuid():N}.pdf");
                try
                {
                    File.WriteAllBytes(temp, wrapped);
                    return Poppler.RenderPage(temp, 1, options.Dpi, options.ToolTimeout, cancellationToken);
                }
                finally
                {
                    File.Delete(temp);
                }
            }

            default:
                return null;
        }
    }

    public static double GuessDpi(int width, int height) =>
        Math.Clamp(Math.Max(width, height) / AssumedLongSideInches, 72, 1200);

    private static byte[] ReadAll(SourceFile file, long maxBytes)
    {
        if (file.Length > maxBytes)
        {
            throw new InvalidDataException($"expected an image of at most {maxBytes:N0} bytes, found {file.Length:N0}");
        }

        return File.ReadAllBytes(file.Path);
    }
}
