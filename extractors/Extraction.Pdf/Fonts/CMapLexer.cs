using System.Text;

namespace Extraction.Pdf.Fonts;

/// <summary>Tokenizes CMap programs. Only what CMaps use is understood; dictionaries and procedures are
/// returned as keywords and ignored by the parser, so damaged or unusual files degrade instead of failing.</summary>
internal sealed class CMapLexer
{
    private readonly ReadOnlyMemory<byte> _data;
    private int _pos;

    public CMapLexer(ReadOnlyMemory<byte> data) => _data = data;

    public CMapToken Next()
    {
        var s = _data.Span;
        while (true)
        {
            while (_pos < s.Length && IsWhite(s[_pos]))
            {
                _pos++;
            }

            if (_pos >= s.Length)
            {
                return new CMapToken(CMapTokenKind.End);
            }

            if (s[_pos] != '%')
            {
                break;
            }

            while (_pos < s.Length && s[_pos] != '\n' && s[_pos] != '\r')
            {
                _pos++;
            }
        }

        var c = s[_pos];
        switch (c)
        {
            case (byte)'[':
                _pos++;
                return new CMapToken(CMapTokenKind.ArrayStart);
            case (byte)']':
                _pos++;
                return new CMapToken(CMapTokenKind.ArrayEnd);
            case (byte)'<' when _pos + 1 < s.Length && s[_pos + 1] == '<':
                _pos += 2;
                return new CMapToken(CMapTokenKind.Keyword, Text: "<<");
            case (byte)'>' when _pos + 1 < s.Length && s[_pos + 1] == '>':
                _pos += 2;
                return new CMapToken(CMapTokenKind.Keyword, Text: ">>");
            case (byte)'<':
                return ReadHex(s);
            case (byte)'(':
                return ReadLiteral(s);
            case (byte)'/':
                _pos++;
                return new CMapToken(CMapTokenKind.Name, Text: ReadRegular(s));
            case (byte)'{' or (byte)'}' or (byte)')' or (byte)'>':
                _pos++;
                return new CMapToken(CMapTokenKind.Keyword, Text: ((char)c).ToString());
        }

        var word = ReadRegular(s);
        if (word.Length == 0)
        {
            _pos++;
            return new CMapToken(CMapTokenKind.Keyword, Text: ((char)c).ToString());
        }

        if (long.TryParse(word, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return new CMapToken(CMapTokenKind.Number, Number: n);
        }

        return new CMapToken(CMapTokenKind.Keyword, Text: word);
    }

    private CMapToken ReadHex(ReadOnlySpan<byte> s)
    {
        _pos++;
        var bytes = new List<byte>();
        var high = -1;
        while (_pos < s.Length && s[_pos] != '>')
        {
            var v = HexValue(s[_pos++]);
            if (v < 0)
            {
                continue;
            }

            if (high < 0)
            {
                high = v;
            }
            else
            {
                bytes.Add((byte)((high << 4) | v));
                high = -1;
            }
        }

        if (high >= 0)
        {
            bytes.Add((byte)(high << 4));
        }

        _pos = Math.Min(_pos + 1, s.Length);
        return new CMapToken(CMapTokenKind.Hex, Bytes: bytes.ToArray());
    }

    private CMapToken ReadLiteral(ReadOnlySpan<byte> s)
    {
        _pos++;
        var bytes = new List<byte>();
        var depth = 1;
        while (_pos < s.Length)
        {
            var b = s[_pos++];
            if (b == '\\' && _pos < s.Length)
            {
                bytes.Add(s[_pos++]);
                continue;
            }

            if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                break;
            }

            bytes.Add(b);
        }

        return new CMapToken(CMapTokenKind.Text, Bytes: bytes.ToArray());
    }

    private string ReadRegular(ReadOnlySpan<byte> s)
    {
        var start = _pos;
        while (_pos < s.Length && !IsWhite(s[_pos]) && !IsDelimiter(s[_pos]))
        {
            _pos++;
        }

        return Encoding.Latin1.GetString(s[start.._pos]);
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
