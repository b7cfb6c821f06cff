using System.Buffers.Binary;
using System.IO.Compression;
using Extraction.Ocr.Imaging;

namespace Extraction.Tests.Ocr;

/// <summary>Synthetic page images and a minimal PNG writer for OCR tests.</summary>
internal static class TestImages
{
    /// <summary>A ruled grid: rows × columns cells of the given size, lines 3 px thick, starting at (x0, y0).</summary>
    public static GrayImage Grid(int width, int height, int x0, int y0, int rows, int columns, int cellWidth, int cellHeight)
    {
        var image = GrayImage.Blank(width, height);
        for (var r = 0; r <= rows; r++)
        {
            Fill(image, x0, y0 + (r * cellHeight) - 1, x0 + (columns * cellWidth) + 2, y0 + (r * cellHeight) + 2);
        }

        for (var c = 0; c <= columns; c++)
        {
            Fill(image, x0 + (c * cellWidth) - 1, y0, x0 + (c * cellWidth) + 2, y0 + (rows * cellHeight) + 2);
        }

        return image;
    }

    public static void Fill(GrayImage image, int left, int top, int right, int bottom, byte value = 20)
    {
        for (var y = Math.Max(0, top); y < Math.Min(image.Height, bottom); y++)
        {
            for (var x = Math.Max(0, left); x < Math.Min(image.Width, right); x++)
            {
                image.Pixels[(y * image.Width) + x] = value;
            }
        }
    }

    /// <summary>Salt-and-pepper noise on a share of the pixels (deterministic).</summary>
    public static void AddNoise(GrayImage image, double share, int seed)
    {
        var random = new Random(seed);
        var count = (int)(image.Pixels.Length * share);
        for (var i = 0; i < count; i++)
        {
            image.Pixels[random.Next(image.Pixels.Length)] = random.Next(2) == 0 ? (byte)0 : (byte)255;
        }
    }

    /// <summary>Gray 8-bit PNG with a pHYs resolution, every row with the Up filter (exercises unfiltering).</summary>
    public static byte[] Png(GrayImage image, int dpi)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < image.Height; y++)
        {
            raw.WriteByte(2);
            for (var x = 0; x < image.Width; x++)
            {
                var above = y > 0 ? image[x, y - 1] : 0;
                raw.WriteByte((byte)(image[x, y] - above));
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;
        Chunk(png, "IHDR", header);
        var phys = new byte[9];
        var perMetre = (uint)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(phys, perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), perMetre);
        phys[8] = 1;
        Chunk(png, "pHYs", phys);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] body)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, body.Length);
        output.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(body);
        var value = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(value, Crc32([.. typeBytes, .. body]));
        output.Write(value);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
