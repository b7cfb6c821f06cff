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

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    public static GrayImage Blank(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        return new GrayImage(width, height, pixels);
    }

    public GrayImage Clone() => new(Width, Height, (byte[])Pixels.Clone());
}
