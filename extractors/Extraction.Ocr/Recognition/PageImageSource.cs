using Extraction.Ocr.Imaging;
using Extraction.Ocr.Tools;
using Extraction.Reading;

namespace Extraction.Ocr.Recognition;

/// <summary>The gray page image at the working resolution: PDF pages rendered by pdftoppm, PNG and JPEG
/// decoded by SkiaSharp. Null for formats only tesseract reads (TIFF).</summary>
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
            case SniffedType.Jpeg:
            {
                // SkiaSharp decodes (colour made gray with seal red dropped); the stated resolution, or a
                // guess from the size, scales the image to the working resolution.
                var data = ReadAll(file, maxDecodedBytes);
                var image = SkiaImaging.Decode(data, Math.Min(GrayImage.MaxPixels, maxDecodedBytes))
                            ?? throw new InvalidDataException($"expected a decodable {type} image, found undecodable data");
                var stated = type == SniffedType.Png ? ImageResolution.Png(data) : ImageResolution.Jpeg(data);
                var scale = options.Dpi / (stated is > 30 and < 2400 ? stated.Value : GuessDpi(image.Width, image.Height));
                if (Math.Abs(scale - 1) < 0.05)
                {
                    return image;
                }

                var (width, height) = ((int)Math.Round(image.Width * scale), (int)Math.Round(image.Height * scale));
                if ((long)width * height > GrayImage.MaxPixels)
                {
                    throw new InvalidDataException($"expected at most {GrayImage.MaxPixels:N0} pixels at {options.Dpi} dpi, found {width}x{height}");
                }

                return SkiaImaging.Resize(image, Math.Max(1, width), Math.Max(1, height));
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
