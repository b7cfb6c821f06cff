namespace Extraction.Ocr.Imaging;

/// <summary>An 8-bit gray image, row-major, 0 = black, 255 = white.</summary>
internal sealed class GrayImage
{
    /// <summary>Largest image accepted (pixels): about A0 at 300 dpi, so hostile headers cannot exhaust memory.</summary>
    public const long MaxPixels = 150_000_000;

    public GrayImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || (long)width * height > MaxPixels)
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"expected an image of 1..{MaxPixels:N0} pixels, found {width}x{height}");
        }

        if (pixels.Length != width * height)
        {
            throw new ArgumentException($"expected {width * height} pixels, found {pixels.Length}", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    /// <summary>Where a red seal was taken out (0; elsewhere 255), the same size as the image; null when the
    /// page had none. Rules crossing a seal may have lost pixels there (<see cref="LineDetector"/>). Turned,
    /// deskewed and resized with the image.</summary>
    public GrayImage? Seal { get; init; }

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    public static GrayImage Blank(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new GrayImage(width, height, pixels);
    }

    public GrayImage Clone() => new(Width, Height, (byte[])Pixels.Clone()) { Seal = Seal };

    /// <summary>This image with <paramref name="source"/>'s seal mask put through <paramref name="change"/> (the
    /// geometric change that made this image from the source).</summary>
    public GrayImage WithSealOf(GrayImage source, Func<GrayImage, GrayImage> change) =>
        source.Seal is null ? this : new GrayImage(Width, Height, Pixels) { Seal = change(source.Seal) };
}
