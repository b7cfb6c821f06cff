using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Filters;

/// <summary>Undoes PNG (Predictor ≥ 10) and TIFF (Predictor 2) prediction after Flate or LZW (§7.4.4.4).</summary>
internal static class Predictor
{
    public static byte[] Apply(byte[] data, PdfDictionary? parameters, DecodeOptions options)
    {
        var predictor = parameters?.GetInt("Predictor") ?? 1;
        if (predictor < 2)
        {
            return data;
        }

        var colors = Math.Clamp(parameters!.GetInt("Colors") ?? 1, 1, 32);
        var bpc = parameters.GetInt("BitsPerComponent") ?? 8;
        if (bpc is not (1 or 2 or 4 or 8 or 16))
        {
            bpc = 8;
        }

        var columns = Math.Clamp(parameters.GetInt("Columns") ?? 1, 1, 1 << 24);
        var bitsPerPixel = colors * bpc;
        var rowBytes = (int)Math.Min(((long)bitsPerPixel * columns + 7) / 8, int.MaxValue / 2);
        var bytesPerPixel = Math.Max(1, (bitsPerPixel + 7) / 8);
        return predictor == 2
            ? Tiff(data, rowBytes, colors, bpc)
            : Png(data, rowBytes, bytesPerPixel, options);
    }

    private static byte[] Png(byte[] data, int rowBytes, int bpp, DecodeOptions options)
    {
        var output = new ByteSink(options.MaxDecodedBytes, data.Length);
        var previous = new byte[rowBytes];
        var row = new byte[rowBytes];
        var pos = 0;
        while (pos < data.Length)
        {
            var type = data[pos++];
            var n = Math.Min(rowBytes, data.Length - pos);
            Array.Clear(row);
            data.AsSpan(pos, n).CopyTo(row);
            pos += n;
            for (var i = 0; i < n; i++)
            {
                var left = i >= bpp ? row[i - bpp] : 0;
                var up = previous[i];
                var upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = type switch
                {
                    1 => (byte)(row[i] + left),
                    2 => (byte)(row[i] + up),
                    3 => (byte)(row[i] + ((left + up) >> 1)),
                    4 => (byte)(row[i] + Paeth(left, up, upLeft)),
                    _ => row[i],
                };
            }

            output.Add(row.AsSpan(0, n));
            (previous, row) = (row, previous);
        }

        return output.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Tiff(byte[] data, int rowBytes, int colors, int bpc)
    {
        var output = (byte[])data.Clone();
        for (var start = 0; start < output.Length; start += rowBytes)
        {
            var end = Math.Min(output.Length, start + rowBytes);
            if (bpc == 8)
            {
                for (var i = start + colors; i < end; i++)
                {
                    output[i] = (byte)(output[i] + output[i - colors]);
                }
            }
            else if (bpc == 16)
            {
                for (var i = start + (2 * colors); i + 1 < end; i += 2)
                {
                    var value = ((output[i] << 8) | output[i + 1]) + ((output[i - (2 * colors)] << 8) | output[i - (2 * colors) + 1]);
                    output[i] = (byte)(value >> 8);
                    output[i + 1] = (byte)value;
                }
            }
            else
            {
                TiffSubByte(output, start, end, colors, bpc);
            }
        }

        return output;
    }

    private static void TiffSubByte(byte[] row, int start, int end, int colors, int bpc)
    {
        var mask = (1 << bpc) - 1;
        var samples = (end - start) * 8 / bpc;
        for (var s = colors; s < samples; s++)
        {
            var value = (Get(row, start, s, bpc, mask) + Get(row, start, s - colors, bpc, mask)) & mask;
            var bit = s * bpc;
            var index = start + (bit >> 3);
            var shift = 8 - bpc - (bit & 7);
            row[index] = (byte)((row[index] & ~(mask << shift)) | (value << shift));
        }
    }

    private static int Get(byte[] row, int start, int sample, int bpc, int mask)
    {
        var bit = sample * bpc;
        return (row[start + (bit >> 3)] >> (8 - bpc - (bit & 7))) & mask;
    }
}
