using System.Runtime.InteropServices;
using SkiaSharp;

namespace Extraction.Ocr.Imaging;

/// <summary>Gray images through SkiaSharp: resize (with mipmaps, so large reductions do not alias),
/// quarter-turn rotation, rotation by a small angle, and decoding of PNG/JPEG/WebP/BMP/GIF files.</summary>
internal static class SkiaImaging
{
    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public static GrayImage Resize(GrayImage source, int width, int height)
    {
        if (width == source.Width && height == source.Height)
        {
            return source;
        }

        using var bitmap = ToBitmap(source);
        using var resized = bitmap.Resize(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque), Smooth)
                            ?? throw new InvalidDataException($"could not resize a {source.Width}x{source.Height} image to {width}x{height}");
        return FromBitmap(resized).WithSealOf(source, seal => Resize(seal, width, height));
    }

    /// <summary>Rotates clockwise by 90, 180 or 270 degrees (and by <paramref name="extraDegrees"/> more,
    /// about the centre, for small skews); uncovered corners become white.</summary>
    public static GrayImage Rotate(GrayImage source, int quarterTurns, double extraDegrees = 0) =>
        RotateGray(source, quarterTurns, extraDegrees).WithSealOf(source, seal => RotateGray(seal, quarterTurns, extraDegrees));

    private static GrayImage RotateGray(GrayImage source, int quarterTurns, double extraDegrees)
    {
        quarterTurns = ((quarterTurns % 4) + 4) % 4;
        var swap = quarterTurns % 2 == 1;
        var width = swap ? source.Height : source.Width;
        var height = swap ? source.Width : source.Height;
        using var bitmap = ToBitmap(source);
        using var image = SKImage.FromBitmap(bitmap);
        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(target))
        {
            canvas.Clear(SKColors.White);
            canvas.Translate(width / 2f, height / 2f);
            canvas.RotateDegrees((float)((quarterTurns * 90) + extraDegrees));
            canvas.Translate(-source.Width / 2f, -source.Height / 2f);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), null);
        }

        return FromBitmap(target);
    }

    /// <summary>Decodes an image file to gray; null when SkiaSharp does not know the format.</summary>
    public static GrayImage? Decode(byte[] data, long maxPixels)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(data));
        if (codec is null)
        {
            return null;
        }

        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > maxPixels)
        {
            throw new InvalidDataException($"expected an image of 1..{maxPixels:N0} pixels, found {info.Width}x{info.Height}");
        }

        using var bitmap = new SKBitmap(new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var result = codec.GetPixels(bitmap.Info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidDataException($"expected a decodable image, found {result}");
        }

        return ColourToGray(bitmap);
    }

    internal static SKBitmap ToBitmap(GrayImage image)
    {
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        var rowBytes = bitmap.RowBytes;
        var pointer = bitmap.GetPixels();
        for (var y = 0; y < image.Height; y++)
        {
            Marshal.Copy(image.Pixels, y * image.Width, pointer + (y * rowBytes), image.Width);
        }

        return bitmap;
    }

    internal static GrayImage FromBitmap(SKBitmap bitmap)
    {
        var pixels = new byte[bitmap.Width * bitmap.Height];
        var rowBytes = bitmap.RowBytes;
        var pointer = bitmap.GetPixels();
        for (var y = 0; y < bitmap.Height; y++)
        {
            Marshal.Copy(pointer + (y * rowBytes), pixels, y * bitmap.Width, bitmap.Width);
        }

        return new GrayImage(bitmap.Width, bitmap.Height, pixels);
    }

    private static int OverPaper(int value, int alpha) => ((value * alpha) + (255 * (255 - alpha))) / 255;

    private static GrayImage ColourToGray(SKBitmap rgba)
    {
        var width = rgba.Width;
        var height = rgba.Height;
        var row = new byte[width * 4];
        var filter = new ColourFilter(width, height);
        var pointer = rgba.GetPixels();
        for (var y = 0; y < height; y++)
        {
            Marshal.Copy(pointer + (y * rgba.RowBytes), row, 0, row.Length);
            for (var x = 0; x < width; x++)
            {
                int r = row[x * 4], g = row[(x * 4) + 1], b = row[(x * 4) + 2], a = row[(x * 4) + 3];
                // Transparent areas are paper.
                filter.Set((y * width) + x, OverPaper(r, a), OverPaper(g, a), OverPaper(b, a));
            }
        }

        return filter.ToImage();
    }
}
