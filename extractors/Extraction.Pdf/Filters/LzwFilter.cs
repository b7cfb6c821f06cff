namespace Extraction.Pdf.Filters;

/// <summary>LZWDecode (§7.4.4): 9–12-bit codes, 256 clear, 257 end, /EarlyChange (default 1).</summary>
internal static class LzwFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, int earlyChange, DecodeOptions options)
    {
        var output = new ByteSink(options.MaxDecodedBytes, input.Length * 3);
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var length = new int[4096];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            length[i] = 1;
        }

        var next = 258;
        var codeBits = 9;
        var previous = -1;
        var bitBuffer = 0;
        var bitCount = 0;
        var pos = 0;
        var scratch = new byte[4096];
        while (true)
        {
            while (bitCount < codeBits && pos < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[pos++];
                bitCount += 8;
            }

            if (bitCount < codeBits)
            {
                break;
            }

            var code = (bitBuffer >> (bitCount - codeBits)) & ((1 << codeBits) - 1);
            bitCount -= codeBits;
            if (code == 256)
            {
                next = 258;
                codeBits = 9;
                previous = -1;
                continue;
            }

            if (code == 257)
            {
                break;
            }

            int first;
            if (code < next)
            {
                first = Emit(code, prefix, suffix, length, scratch, output);
            }
            else if (code == next && previous >= 0)
            {
                first = Emit(previous, prefix, suffix, length, scratch, output);
                output.Add((byte)first);
            }
            else
            {
                options.Report?.Invoke($"LZWDecode: invalid code {code} at input byte {pos}; kept {output.Length} decoded bytes");
                break;
            }

            if (previous >= 0 && next < 4096)
            {
                prefix[next] = previous;
                suffix[next] = (byte)first;
                length[next] = length[previous] + 1;
                next++;
            }

            previous = code;
            if (next + earlyChange >= (1 << codeBits) && codeBits < 12)
            {
                codeBits++;
            }
        }

        return output.ToArray();
    }

    /// <summary>Writes the string for <paramref name="code"/>; returns its first byte.</summary>
    private static int Emit(int code, int[] prefix, byte[] suffix, int[] length, byte[] scratch, ByteSink output)
    {
        var n = length[code];
        var c = code;
        for (var i = n - 1; i >= 0; i--)
        {
            scratch[i] = suffix[c];
            c = prefix[c];
        }

        output.Add(scratch.AsSpan(0, n));
        return scratch[0];
    }
}
