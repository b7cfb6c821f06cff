using System.Text;

namespace Extraction.Ocr.Imaging;

/// <summary>Reads binary PGM (P5) and PPM (P6, red seal ink dropped) as pdftoppm writes them, and writes PGM for tesseract.</summary>
internal static class PnmCodec
{
    public static GrayImage Read(byte[] data)
    {
        var pos = 0;
        var magic = Token(data, ref pos);
        if (magic is not ("P5" or "P6"))
        {
            throw new InvalidDataException($"expected a binary PGM/PPM header (P5 or P6), found \"{magic}\"");
        }

        var width = Number(data, ref pos, "width");
        var height = Number(data, ref pos, "height");
        var maxValue = Number(data, ref pos, "maximum value");
        if (maxValue is < 1 or > 65535)
        {
            throw new InvalidDataException($"expected a maximum value of 1..65535, found {maxValue}");
        }

        if ((long)width * height > GrayImage.MaxPixels || width <= 0 || height <= 0)
        {
            throw new InvalidDataException($"expected an image of 1..{GrayImage.MaxPixels:N0} pixels, found {width}x{height}");
        }

        pos++; // the single whitespace byte after the header
        var channels = magic == "P6" ? 3 : 1;
        var bytesPerSample = maxValue > 255 ? 2 : 1;
        var needed = (long)width * height * channels * bytesPerSample;
        if (data.Length - pos < needed)
        {
            throw new InvalidDataException($"expected {needed:N0} bytes of pixels, found {data.Length - pos:N0}");
        }

        if (channels == 1)
        {
            var pixels = new byte[width * height];
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = Scale(Sample(data, pos + (i * bytesPerSample), bytesPerSample), maxValue);
            }

            return new GrayImage(width, height, pixels);
        }

        // Colour pages lose their red seals here (ColourFilter): the text under them is read.
        var filter = new ColourFilter(width, height);
        for (var i = 0; i < width * height; i++)
        {
            var at = pos + (i * 3 * bytesPerSample);
            var r = Scale(Sample(data, at, bytesPerSample), maxValue);
            var g = Scale(Sample(data, at + bytesPerSample, bytesPerSample), maxValue);
            var b = Scale(Sample(data, at + (2 * bytesPerSample), bytesPerSample), maxValue);
            filter.Set(i, r, g, b);
        }

        return filter.ToImage();
    }

    public static byte[] WritePgm(GrayImage image)
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n");
        var data = new byte[header.Length + image.Pixels.Length];
        header.CopyTo(data, 0);
        image.Pixels.CopyTo(data, header.Length);
        return data;
    }

    private static int Sample(byte[] data, int at, int bytes) => bytes == 1 ? data[at] : (data[at] << 8) | data[at + 1];

    private static byte Scale(int value, int maxValue) => maxValue == 255 ? (byte)value : (byte)Math.Clamp(value * 255 / maxValue, 0, 255);

    private static int Number(byte[] data, ref int pos, string what)
    {
        var token = Token(data, ref pos);
        return int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidDataException($"expected the PNM {what}, found \"{token}\"");
    }

    private static string Token(byte[] data, ref int pos)
    {
        while (pos < data.Length)
        {
            if (data[pos] == (byte)'#')
            {
                while (pos < data.Length && data[pos] != (byte)'\n')
                {
                    pos++;
                }
            }
            else if (data[pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        var start = pos;
        while (pos < data.Length && pos - start < 16 && data[pos] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            pos++;
        }

        return Encoding.ASCII.GetString(data, start, pos - start);
    }
}
