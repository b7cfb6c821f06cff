using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>ASCIIHexDecode: whitespace ignored, '&gt;' ends, an odd final digit is padded with 0.</summary>
internal static class AsciiHexFilter
{
    public static byte[] Decode(ReadOnlySpan<byte> input, DecodeOptions options)
    {
        var output = new ByteSink(options.MaxDecodedBytes, (input.Length / 2) + 1);
        var high = -1;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c == '>')
            {
                break;
            }

            var digit = PdfLexer.HexDigit(c);
            if (digit < 0)
            {
                if (!PdfLexer.IsWhite(c))
                {
                    options.Report?.Invoke($"ASCIIHexDecode: unexpected byte 0x{c:X2} at {i} ignored");
                }

                continue;
            }

            if (high < 0)
            {
                high = digit;
            }
            else
            {
                output.Add((byte)((high << 4) | digit));
                high = -1;
            }
        }

        if (high >= 0)
        {
            output.Add((byte)(high << 4));
        }

        return output.ToArray();
    }
}
