using System.Globalization;
using System.Text;

namespace Extraction.Pdf.Parsing;

/// <summary>Tokenizer for PDF syntax (§7.2, §7.3) over a byte buffer: file data or a decoded content stream.
/// Every error names the byte offset (<see cref="BaseOffset"/> + position).</summary>
internal sealed class PdfLexer
{
    private const int MaxTokenBytes = 64 * 1024 * 1024;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly WorkBudget _budget;

    public PdfLexer(ReadOnlyMemory<byte> data, WorkBudget? budget = null, long baseOffset = 0)
    {
        _data = data;
        _budget = budget ?? WorkBudget.Unlimited;
        BaseOffset = baseOffset;
    }

    public int Position { get; set; }

    public int Length => _data.Length;

    /// <summary>Added to positions in messages (a stream's offset in the file).</summary>
    public long BaseOffset { get; }

    public ReadOnlyMemory<byte> Data => _data;

    public WorkBudget Budget => _budget;

    public static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte c) => !IsWhite(c) && !IsDelimiter(c);

    public PdfParseException Error(string message, long position) => new(message, BaseOffset + position);

    public void SkipWhitespaceAndComments()
    {
        var span = _data.Span;
        var pos = Position;
        while (pos < span.Length)
        {
            var c = span[pos];
            if (IsWhite(c))
            {
                pos++;
            }
            else if (c == '%')
            {
                while (pos < span.Length && span[pos] != '\n' && span[pos] != '\r')
                {
                    pos++;
                }
            }
            else
            {
                break;
            }
        }

        Position = pos;
    }

    public PdfToken Peek()
    {
        var saved = Position;
        var token = Next();
        Position = saved;
        return token;
    }

    public PdfToken Next()
    {
        _budget.Charge(1);
        SkipWhitespaceAndComments();
        var span = _data.Span;
        var start = Position;
        if (start >= span.Length)
        {
            return new PdfToken(TokenKind.EndOfInput, BaseOffset + start);
        }

        var c = span[start];
        switch (c)
        {
            case (byte)'(':
                return ReadLiteralString(span, start);
            case (byte)'<':
                if (start + 1 < span.Length && span[start + 1] == '<')
                {
                    Position = start + 2;
                    return new PdfToken(TokenKind.DictionaryStart, BaseOffset + start);
                }

                return ReadHexString(span, start);
            case (byte)'>':
                if (start + 1 < span.Length && span[start + 1] == '>')
                {
                    Position = start + 2;
                    return new PdfToken(TokenKind.DictionaryEnd, BaseOffset + start);
                }

                Position = start + 1;
                return new PdfToken(TokenKind.Keyword, BaseOffset + start, Text: ">");
            case (byte)'[':
                Position = start + 1;
                return new PdfToken(TokenKind.ArrayStart, BaseOffset + start);
            case (byte)']':
                Position = start + 1;
                return new PdfToken(TokenKind.ArrayEnd, BaseOffset + start);
            case (byte)'/':
                return ReadName(span, start);
            case (byte)'{' or (byte)'}' or (byte)')':
                Position = start + 1;
                return new PdfToken(TokenKind.Keyword, BaseOffset + start, Text: ((char)c).ToString());
            default:
                return ReadRegular(span, start);
        }
    }

    private PdfToken ReadRegular(ReadOnlySpan<byte> span, int start)
    {
        var end = start;
        while (end < span.Length && IsRegular(span[end]))
        {
            end++;
        }

        Position = end;
        var run = span[start..end];
        var token = TryNumber(run, BaseOffset + start);
        return token ?? new PdfToken(TokenKind.Keyword, BaseOffset + start, Text: Keyword(run));
    }

    private static string Keyword(ReadOnlySpan<byte> run) => run.Length switch
    {
        1 when run[0] == 'R' => "R",
        3 when run.SequenceEqual("obj"u8) => "obj",
        6 when run.SequenceEqual("endobj"u8) => "endobj",
        6 when run.SequenceEqual("stream"u8) => "stream",
        9 when run.SequenceEqual("endstream"u8) => "endstream",
        4 when run.SequenceEqual("true"u8) => "true",
        5 when run.SequenceEqual("false"u8) => "false",
        4 when run.SequenceEqual("null"u8) => "null",
        _ => Encoding.Latin1.GetString(run[..Math.Min(run.Length, 256)]),
    };

    /// <summary>Numbers as poppler reads them: optional signs (a doubled sign is tolerated), digits, one point.</summary>
    private static PdfToken? TryNumber(ReadOnlySpan<byte> run, long offset)
    {
        var i = 0;
        var negative = false;
        while (i < run.Length && (run[i] == '+' || run[i] == '-'))
        {
            negative ^= run[i] == '-';
            i++;
        }

        if (i > 2 || i == run.Length && i > 0 && run.Length > 1)
        {
            return null;
        }

        if (i == run.Length)
        {
            // A lone sign: poppler reads 0.
            return i == 0 ? null : new PdfToken(TokenKind.Integer, offset, 0);
        }

        var digitsStart = i;
        long integer = 0;
        var integerDigits = 0;
        while (i < run.Length && run[i] is >= (byte)'0' and <= (byte)'9')
        {
            if (integerDigits < 18)
            {
                integer = (integer * 10) + (run[i] - '0');
            }

            integerDigits++;
            i++;
        }

        if (i == run.Length)
        {
            if (integerDigits == 0)
            {
                return null;
            }

            if (integerDigits <= 18)
            {
                return new PdfToken(TokenKind.Integer, offset, negative ? -integer : integer);
            }

            var big = double.Parse(run[digitsStart..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return new PdfToken(TokenKind.Real, offset, Real: negative ? -big : big);
        }

        if (run[i] != '.')
        {
            return null;
        }

        i++;
        var fractionDigits = 0;
        while (i < run.Length && run[i] is >= (byte)'0' and <= (byte)'9')
        {
            fractionDigits++;
            i++;
        }

        if (i != run.Length || integerDigits + fractionDigits == 0)
        {
            return null;
        }

        var text = run[digitsStart..];
        var value = text.Length == 1 ? 0 : double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new PdfToken(TokenKind.Real, offset, Real: negative ? -value : value);
    }

    private PdfToken ReadName(ReadOnlySpan<byte> span, int start)
    {
        var pos = start + 1;
        var sb = new StringBuilder();
        while (pos < span.Length && IsRegular(span[pos]))
        {
            var c = span[pos];
            if (c == '#' && pos + 2 < span.Length && HexDigit(span[pos + 1]) is var h && h >= 0 && HexDigit(span[pos + 2]) is var l && l >= 0)
            {
                sb.Append((char)((h << 4) | l));
                pos += 3;
                continue;
            }

            sb.Append((char)c);
            pos++;
            if (sb.Length > MaxTokenBytes)
            {
                throw Error("name longer than the reader accepts", start);
            }
        }

        Position = pos;
        return new PdfToken(TokenKind.Name, BaseOffset + start, Text: sb.ToString());
    }

    private PdfToken ReadLiteralString(ReadOnlySpan<byte> span, int start)
    {
        var output = new List<byte>();
        var depth = 1;
        var pos = start + 1;
        while (true)
        {
            if (pos >= span.Length)
            {
                throw Error("unterminated literal string: expected ')' before the end of data, string started", start);
            }

            var c = span[pos++];
            switch (c)
            {
                case (byte)'(':
                    depth++;
                    output.Add(c);
                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        Position = pos;
                        _budget.Charge(output.Count / 64);
                        return new PdfToken(TokenKind.String, BaseOffset + start, Bytes: [.. output]);
                    }

                    output.Add(c);
                    break;
                case (byte)'\r':
                    // An unescaped end-of-line in a string reads as a single line feed (§7.3.4.2).
                    if (pos < span.Length && span[pos] == '\n')
                    {
                        pos++;
                    }

                    output.Add((byte)'\n');
                    break;
                case (byte)'\\':
                    pos = ReadEscape(span, pos, output);
                    break;
                default:
                    output.Add(c);
                    break;
            }
        }
    }

    private static int ReadEscape(ReadOnlySpan<byte> span, int pos, List<byte> output)
    {
        if (pos >= span.Length)
        {
            return pos;
        }

        var e = span[pos++];
        switch (e)
        {
            case (byte)'n': output.Add((byte)'\n'); break;
            case (byte)'r': output.Add((byte)'\r'); break;
            case (byte)'t': output.Add((byte)'\t'); break;
            case (byte)'b': output.Add((byte)'\b'); break;
            case (byte)'f': output.Add((byte)'\f'); break;
            case (byte)'\r':
                // Line continuation: backslash-EOL produces nothing.
                if (pos < span.Length && span[pos] == '\n')
                {
                    pos++;
                }

                break;
            case (byte)'\n':
                break;
            case >= (byte)'0' and <= (byte)'7':
                var value = e - '0';
                for (var k = 0; k < 2 && pos < span.Length && span[pos] is >= (byte)'0' and <= (byte)'7'; k++)
                {
                    value = (value * 8) + (span[pos++] - '0');
                }

                output.Add((byte)value);
                break;
            default:
                // \( \) \\ and, per the spec, any other escaped character stands for itself.
                output.Add(e);
                break;
        }

        return pos;
    }

    private PdfToken ReadHexString(ReadOnlySpan<byte> span, int start)
    {
        var output = new List<byte>();
        var pos = start + 1;
        var high = -1;
        while (true)
        {
            if (pos >= span.Length)
            {
                throw Error("unterminated hex string: expected '>' before the end of data, string started", start);
            }

            var c = span[pos++];
            if (c == '>')
            {
                break;
            }

            var digit = HexDigit(c);
            if (digit < 0)
            {
                if (!IsWhite(c))
                {
                    throw Error($"invalid byte 0x{c:X2} in hex string", pos - 1);
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

        Position = pos;
        _budget.Charge(output.Count / 64);
        return new PdfToken(TokenKind.HexString, BaseOffset + start, Bytes: [.. output]);
    }

    /// <summary>Value of a hexadecimal digit, or -1 (shared by hex strings, names and ASCIIHexDecode).</summary>
    public static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
