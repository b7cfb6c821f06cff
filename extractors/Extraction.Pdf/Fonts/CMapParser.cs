using System.Text;

namespace Extraction.Pdf.Fonts;

/// <summary>Parses CMap programs (embedded /ToUnicode and /Encoding streams, Adobe's predefined CMaps):
/// codespace ranges, cidchar/cidrange, bfchar/bfrange (with array targets and multi-character
/// targets), /WMode and usecmap. Unknown content is skipped.</summary>
internal static class CMapParser
{
    /// <summary>Largest bfrange expanded into single entries; larger ranges are clipped (hostile input).</summary>
    private const int MaxRangeExpansion = 65536;
    private const int MaxEntries = 1 << 20;

    public static CMap Parse(ReadOnlyMemory<byte> data, Func<string, CMap?>? useCMap = null)
    {
        var lexer = new CMapLexer(data);
        var operands = new List<CMapToken>();
        var codespaces = new List<CodespaceRange>();
        var cidChars = new Dictionary<uint, int>();
        var cidRanges = new List<CodeRange>();
        var unicode = new Dictionary<uint, string>();
        CMap? parent = null;
        string? name = null;
        var writingMode = 0;
        var inArray = false;
        List<CMapToken>? array = null;

        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == CMapTokenKind.End)
            {
                break;
            }

            switch (token.Kind)
            {
                case CMapTokenKind.ArrayStart:
                    inArray = true;
                    array = [];
                    continue;
                case CMapTokenKind.ArrayEnd:
                    if (inArray && array is not null)
                    {
                        operands.Add(new CMapToken(CMapTokenKind.ArrayStart, Items: [.. array]));
                    }

                    inArray = false;
                    array = null;
                    continue;
            }

            if (inArray && array is not null)
            {
                if (array.Count < MaxRangeExpansion)
                {
                    array.Add(token);
                }

                continue;
            }

            if (token.Kind != CMapTokenKind.Keyword)
            {
                operands.Add(token);
                if (operands.Count > 4 * MaxEntries)
                {
                    operands.Clear();
                }

                continue;
            }

            switch (token.Text)
            {
                case "endcodespacerange":
                    for (var i = 0; i + 1 < operands.Count; i += 2)
                    {
                        if (operands[i].Bytes is { Length: > 0 and <= 4 } lo && operands[i + 1].Bytes is { } hi && hi.Length == lo.Length)
                        {
                            codespaces.Add(new CodespaceRange(lo.Length, lo, hi));
                        }
                    }

                    break;
                case "endcidchar":
                    for (var i = 0; i + 1 < operands.Count && cidChars.Count < MaxEntries; i += 2)
                    {
                        if (operands[i].Bytes is { Length: > 0 and <= 4 } code && operands[i + 1].Kind == CMapTokenKind.Number)
                        {
                            cidChars[ToCode(code)] = (int)operands[i + 1].Number;
                        }
                    }

                    break;
                case "endcidrange":
                    for (var i = 0; i + 2 < operands.Count && cidRanges.Count < MaxEntries; i += 3)
                    {
                        if (operands[i].Bytes is { Length: > 0 and <= 4 } lo && operands[i + 1].Bytes is { Length: > 0 and <= 4 } hi
                            && operands[i + 2].Kind == CMapTokenKind.Number)
                        {
                            var (l, h) = (ToCode(lo), ToCode(hi));
                            if (h >= l)
                            {
                                cidRanges.Add(new CodeRange(l, h, (int)operands[i + 2].Number));
                            }
                        }
                    }

                    break;
                case "endbfchar":
                    for (var i = 0; i + 1 < operands.Count && unicode.Count < MaxEntries; i += 2)
                    {
                        if (operands[i].Bytes is { Length: > 0 and <= 4 } code && Target(operands[i + 1]) is { } text)
                        {
                            unicode[ToCode(code)] = text;
                        }
                    }

                    break;
                case "endbfrange":
                    ReadBfRanges(operands, unicode);
                    break;
                case "usecmap":
                    if (operands.Count > 0 && operands[^1].Kind == CMapTokenKind.Name && useCMap is not null)
                    {
                        parent = useCMap(operands[^1].Text!);
                    }

                    break;
                case "def":
                    if (operands.Count >= 2 && operands[^2].Kind == CMapTokenKind.Name)
                    {
                        if (operands[^2].Text == "WMode" && operands[^1].Kind == CMapTokenKind.Number)
                        {
                            writingMode = operands[^1].Number == 1 ? 1 : 0;
                        }
                        else if (operands[^2].Text == "CMapName" && operands[^1].Kind == CMapTokenKind.Name)
                        {
                            name = operands[^1].Text;
                        }
                    }

                    break;
            }

            operands.Clear();
        }

        return new CMap(name, writingMode, codespaces, cidChars, cidRanges, unicode, parent);
    }

    private static void ReadBfRanges(List<CMapToken> operands, Dictionary<uint, string> unicode)
    {
        for (var i = 0; i + 2 < operands.Count; i += 3)
        {
            if (operands[i].Bytes is not { Length: > 0 and <= 4 } lo || operands[i + 1].Bytes is not { Length: > 0 and <= 4 } hi)
            {
                continue;
            }

            var (l, h) = (ToCode(lo), ToCode(hi));
            if (h < l)
            {
                continue;
            }

            var count = (int)Math.Min(h - l + 1, MaxRangeExpansion);
            if (operands[i + 2].Items is { } targets)
            {
                for (var k = 0; k < count && k < targets.Length && unicode.Count < MaxEntries; k++)
                {
                    if (Target(targets[k]) is { } text)
                    {
                        unicode[l + (uint)k] = text;
                    }
                }
            }
            else if (operands[i + 2].Bytes is { Length: > 0 } start && operands[i + 2].Kind == CMapTokenKind.Hex)
            {
                for (var k = 0; k < count && unicode.Count < MaxEntries; k++)
                {
                    unicode[l + (uint)k] = Increment(start, k);
                }
            }
        }
    }

    /// <summary>The destination string plus <paramref name="offset"/> added to its last UTF-16 unit
    /// (carrying into a surrogate pair when it passes U+FFFF for a single BMP start).</summary>
    private static string Increment(byte[] start, int offset)
    {
        var text = Utf16(start);
        if (offset == 0 || text.Length == 0)
        {
            return text;
        }

        if (text.Length == 1)
        {
            var cp = text[0] + offset;
            return cp <= 0xFFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(Math.Min(cp, 0x10FFFF));
        }

        if (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]))
        {
            var cp = Math.Min(char.ConvertToUtf32(text[0], text[1]) + offset, 0x10FFFF);
            return char.ConvertFromUtf32(cp);
        }

        return string.Concat(text.AsSpan(0, text.Length - 1), ((char)(text[^1] + offset)).ToString());
    }

    private static string? Target(CMapToken token) => token.Kind switch
    {
        CMapTokenKind.Hex when token.Bytes is { Length: > 0 } b => Utf16(b),
        CMapTokenKind.Name => GlyphNames.ToUnicode(token.Text!),
        _ => null,
    };

    private static string Utf16(byte[] bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        var text = Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
        return text;
    }

    private static uint ToCode(byte[] bytes)
    {
        uint value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }
}
