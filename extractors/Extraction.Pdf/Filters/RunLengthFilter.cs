namespace Extraction.Pdf.Filters;

/// <summary>RunLengthDecode: 0–127 copy n+1 bytes, 129–255 repeat the next byte 257−n times, 128 ends.</summary>
internal static class RunLengthFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, DecodeOptions options)
    {
        var output = new ByteSink(options.MaxDecodedBytes, input.Length * 2);
        var pos = 0;
        while (pos < input.Length)
        {
            var n = input[pos++];
            if (n == 128)
            {
                break;
            }

            if (n < 128)
            {
                var count = Math.Min(n + 1, input.Length - pos);
                output.Add(input.Slice(pos, count));
                pos += count;
            }
            else if (pos < input.Length)
            {
                var value = input[pos++];
                for (var k = 0; k < 257 - n; k++)
                {
                    output.Add(value);
                }
            }
        }

        return output.ToArray();
    }
}
