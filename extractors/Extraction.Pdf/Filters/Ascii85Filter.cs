namespace Extraction.Pdf.Filters;

/// <summary>ASCII85Decode: 'z' is four zeros, '~&gt;' ends, a final partial group is padded with 'u'.</summary>
internal static class Ascii85Filter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, DecodeOptions options)
    {
        var output = new ByteSink(options.MaxDecodedBytes, input.Length);
        Span<int> group = stackalloc int[5];
        var count = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c is 0 or 9 or 10 or 12 or 13 or 32)
            {
                continue;
            }

            if (c == '~')
            {
                break;
            }

            if (c == 'z' && count == 0)
            {
                output.Add([0, 0, 0, 0]);
                continue;
            }

            if (c < '!' || c > 'u')
            {
                options.Report?.Invoke($"ASCII85Decode: invalid byte 0x{c:X2} at {i}; data ends there");
                break;
            }

            group[count++] = c - '!';
            if (count == 5)
            {
                Flush(group, 5, output);
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var k = count; k < 5; k++)
            {
                group[k] = 84;
            }

            Flush(group, count, output);
        }

        return output.ToArray();
    }

    private static void Flush(Span<int> group, int count, ByteSink output)
    {
        long value = 0;
        for (var k = 0; k < 5; k++)
        {
            value = (value * 85) + group[k];
        }

        Span<byte> bytes = [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        output.Add(bytes[..(count - 1)]);
    }
}
