using System.Buffers.Binary;
using System.IO.Compression;

namespace Extraction.Ocr.Imaging;

/// <summary>Decodes non-interlaced PNG (gray, RGB, palette, with or without alpha; 1..16 bits) to gray,
/// compositing transparency on white. Also reports the resolution from pHYs when present.</summary>
internal static class PngDecoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static (GrayImage Image, double? Dpi) Decode(byte[] data, long maxDecodedBytes)
    {
        if (data.Length < 8 || !data.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("expected the PNG signature at offset 0, found other bytes");
        }

        int width = 0, height = 0, depth = 0, colorType = 0;
        byte[]? palette = null;
        byte[]? paletteAlpha = null;
        double? dpi = null;
        using var idat = new MemoryStream();
        var pos = 8;
        while (pos + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(data, pos + 4, 4);
            if (length < 0 || pos + 12L + length > data.Length)
            {
                throw new InvalidDataException($"PNG chunk \"{type}\" at offset {pos} claims {length} bytes, beyond the end of the file");
            }

            var body = data.AsSpan(pos + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(body);
                    height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                    depth = body[8];
                    colorType = body[9];
                    if (body[12] != 0)
                    {
                        throw new InvalidDataException("expected a non-interlaced PNG, found an interlaced one (convert it to a plain PNG, JPEG or TIFF)");
                    }

                    break;
                case "PLTE":
                    palette = body.ToArray();
                    break;
                case "tRNS":
                    paletteAlpha = body.ToArray();
                    break;
                case "pHYs" when length >= 9 && body[8] == 1:
                    dpi = BinaryPrimitives.ReadUInt32BigEndian(body) * 0.0254;
                    break;
                case "IDAT":
                    idat.Write(body);
                    break;
                case "IEND":
                    pos = data.Length;
                    continue;
            }

            pos += 12 + length;
        }

        if (width <= 0 || height <= 0 || (long)width * height > GrayImage.MaxPixels)
        {
            throw new InvalidDataException($"expected a PNG of 1..{GrayImage.MaxPixels:N0} pixels, found {width}x{height}");
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            3 => 1,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"expected a PNG colour type 0, 2, 3, 4 or 6, found {colorType}"),
        };
        if (depth is not (1 or 2 or 4 or 8 or 16) || (depth < 8 && channels != 1) || (colorType == 3 && palette is null))
        {
            throw new InvalidDataException($"unsupported PNG: colour type {colorType} with {depth} bits per sample");
        }

        var bitsPerPixel = channels * depth;
        var stride = ((width * bitsPerPixel) + 7) / 8;
        var bpp = Math.Max(1, bitsPerPixel / 8);
        var needed = (long)(stride + 1) * height;
        if (needed > maxDecodedBytes)
        {
            throw new InvalidDataException($"expected at most {maxDecodedBytes:N0} decoded bytes, the PNG needs {needed:N0}");
        }

        var raw = new byte[needed];
        idat.Position = 0;
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            var read = z.ReadAtLeast(raw, raw.Length, throwOnEndOfStream: false);
            if (read < raw.Length)
            {
                throw new InvalidDataException($"the PNG image data ends early: expected {raw.Length:N0} bytes, found {read:N0}");
            }
        }

        var pixels = new byte[width * height];
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var rowStart = y * (stride + 1);
            var filter = raw[rowStart];
            raw.AsSpan(rowStart + 1, stride).CopyTo(current);
            Unfilter(filter, current, previous, bpp, y);
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = GrayAt(current, x, depth, colorType, palette, paletteAlpha);
            }

            (previous, current) = (current, previous);
        }

        return (new GrayImage(width, height, pixels), dpi);
    }

    private static void Unfilter(byte filter, byte[] row, byte[] previous, int bpp, int y)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0;
            int b = previous[i];
            int c = i >= bpp ? previous[i - bpp] : 0;
            row[i] = filter switch
            {
                0 => row[i],
                1 => (byte)(row[i] + a),
                2 => (byte)(row[i] + b),
                3 => (byte)(row[i] + ((a + b) / 2)),
                4 => (byte)(row[i] + Paeth(a, b, c)),
                _ => throw new InvalidDataException($"unknown PNG filter {filter} on row {y}"),
            };
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte GrayAt(byte[] row, int x, int depth, int colorType, byte[]? palette, byte[]? paletteAlpha)
    {
        int Sample(int index)
        {
            if (depth == 16)
            {
                return row[index * 2];
            }

            if (depth == 8)
            {
                return row[index];
            }

            var bitOffset = index * depth;
            var value = (row[bitOffset / 8] >> (8 - depth - (bitOffset % 8))) & ((1 << depth) - 1);
            return colorType == 3 ? value : value * 255 / ((1 << depth) - 1);
        }

        int gray, alpha = 255;
        switch (colorType)
        {
            case 0:
                gray = Sample(x);
                break;
            case 2:
                gray = Luma(Sample(x * 3), Sample((x * 3) + 1), Sample((x * 3) + 2));
                break;
            case 3:
                var index = Sample(x);
                gray = (index * 3) + 2 < palette!.Length ? Luma(palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2]) : 255;
                alpha = paletteAlpha is not null && index < paletteAlpha.Length ? paletteAlpha[index] : 255;
                break;
            case 4:
                gray = Sample(x * 2);
                alpha = Sample((x * 2) + 1);
                break;
            default:
                gray = Luma(Sample(x * 4), Sample((x * 4) + 1), Sample((x * 4) + 2));
                alpha = Sample((x * 4) + 3);
                break;
        }

        return (byte)(((gray * alpha) + (255 * (255 - alpha))) / 255);
    }

    private static int Luma(int r, int g, int b) => ((r * 299) + (g * 587) + (b * 114)) / 1000;
}
