using System.Buffers.Binary;

namespace Extraction.Ocr.Imaging;

/// <summary>The resolution an image file states (PNG pHYs in pixels per metre, JPEG JFIF density), which
/// SkiaSharp's decoders do not report; null when absent. Only headers are read, with bounds checked.</summary>
internal static class ImageResolution
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static double? Png(byte[] data)
    {
        if (data.Length < 8 || !data.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            return null;
        }

        var pos = 8;
        while (pos + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(pos));
            if (length < 0 || pos + 12L + length > data.Length)
            {
                return null;
            }

            var type = data.AsSpan(pos + 4, 4);
            if (type.SequenceEqual("pHYs"u8) && length >= 9 && data[pos + 8 + 8] == 1)
            {
                return BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos + 8)) * 0.0254;
            }

            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                return null;
            }

            pos += 12 + length;
        }

        return null;
    }

    public static double? Jpeg(byte[] data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return null;
        }

        var pos = 2;
        while (pos + 4 <= data.Length && data[pos] == 0xFF)
        {
            var marker = data[pos + 1];
            var length = (data[pos + 2] << 8) | data[pos + 3];
            if (length < 2 || pos + 2 + length > data.Length || marker is 0xDA)
            {
                return null;
            }

            if (marker == 0xE0 && length >= 16 && data.AsSpan(pos + 4, 5).SequenceEqual("JFIF\0"u8))
            {
                var units = data[pos + 11];
                var density = (data[pos + 12] << 8) | data[pos + 13];
                return density > 0 && units is 1 or 2 ? (units == 1 ? density : density * 2.54) : null;
            }

            pos += 2 + length;
        }

        return null;
    }
}
