using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Structure;

/// <summary>Reads the cross-reference chain from "startxref": classic tables, xref streams (/W, /Index),
/// hybrid files (/XRefStm) and incremental updates (/Prev, loop-safe). Throws <see cref="PdfParseException"/>
/// when the chain is unusable; the caller then recovers by scanning (<see cref="XrefRecovery"/>).</summary>
internal sealed class XrefReader
{
    private const int MaxSections = 1000;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly int _headerOffset;
    private readonly WorkBudget _budget;
    private readonly DecodeOptions _decode;
    private readonly int _maxDepth;
    private readonly IObjectResolver? _resolver;

    public XrefReader(ReadOnlyMemory<byte> data, int headerOffset, WorkBudget budget, DecodeOptions decode, int maxDepth, IObjectResolver? resolver)
    {
        _resolver = resolver;
        _data = data;
        _headerOffset = headerOffset;
        _budget = budget;
        _decode = decode;
        _maxDepth = maxDepth;
    }

    public XrefTable Read()
    {
        var start = FindStartXref();
        var entries = new Dictionary<int, XrefEntry>();
        var trailerItems = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        var visited = new HashSet<long>();
        long? offset = start;
        var first = true;
        while (offset is { } at)
        {
            if (!visited.Add(at) || visited.Count > MaxSections)
            {
                break; // a /Prev loop: every section has been read once
            }

            var (section, trailer) = ReadSection(at, first);
            foreach (var (number, entry) in section)
            {
                entries.TryAdd(number, entry); // newer sections were read first and win
            }

            foreach (var (key, value) in trailer.Items)
            {
                if (key is not ("Prev" or "XRefStm" or "Type" or "W" or "Index" or "Filter" or "DecodeParms" or "Length"))
                {
                    trailerItems.TryAdd(key, value);
                }
            }

            offset = trailer.GetRaw("Prev") is PdfNumber prev ? (long)prev.Double : null;
            first = false;
        }

        return new XrefTable(entries, new PdfDictionary(trailerItems));
    }

    private long FindStartXref()
    {
        var span = _data.Span;
        var tail = Math.Max(0, span.Length - 4096);
        var index = span[tail..].LastIndexOf("startxref"u8);
        if (index >= 0)
        {
            index += tail;
        }
        else
        {
            index = span.LastIndexOf("startxref"u8);
            if (index >= 0)
            {
                _decode.Report?.Invoke($"no startxref in the last 4096 bytes; using the one at byte {index} (the file may be truncated)");
            }
        }
        if (index < 0)
        {
            throw new PdfParseException("expected \"startxref\" near the end of the file, found none");
        }

        var lexer = new PdfLexer(_data, _budget) { Position = index + 9 };
        var token = lexer.Next();
        if (token.Kind != TokenKind.Integer || token.Integer < 0 || token.Integer >= span.Length)
        {
            throw new PdfParseException($"expected a file offset after startxref, found {token}", token.Offset);
        }

        return token.Integer;
    }

    private (Dictionary<int, XrefEntry> Entries, PdfDictionary Trailer) ReadSection(long offset, bool first)
    {
        PdfParseException? failure = null;
        foreach (var candidate in new[] { offset, offset + _headerOffset })
        {
            if (candidate < 0 || candidate >= _data.Length || (candidate != offset && _headerOffset == 0))
            {
                continue;
            }

            try
            {
                return ReadSectionAt((int)candidate);
            }
            catch (PdfParseException ex) when (ex is not PdfLimitException)
            {
                failure ??= ex;
            }
        }

        throw failure ?? new PdfParseException($"cross-reference offset {offset} is outside the file{(first ? "" : " (/Prev)")}");
    }

    private (Dictionary<int, XrefEntry>, PdfDictionary) ReadSectionAt(int offset)
    {
        var lexer = new PdfLexer(_data, _budget) { Position = offset };
        var token = lexer.Peek();
        if (token.IsKeyword("xref"))
        {
            lexer.Next();
            var entries = ReadTable(lexer);
            var trailer = ReadTrailer(lexer);
            if (trailer.GetRaw("XRefStm") is PdfInteger stm && stm.Value > 0 && stm.Value < _data.Length)
            {
                // Hybrid file: the stream's entries add the objects that the table lists as free or omits.
                try
                {
                    var (streamEntries, _) = ReadXrefStream((int)stm.Value);
                    foreach (var (number, entry) in streamEntries)
                    {
                        if (!entries.TryGetValue(number, out var existing) || existing.Type == XrefEntryType.Free)
                        {
                            entries[number] = entry;
                        }
                    }
                }
                catch (PdfParseException ex) when (ex is not PdfLimitException)
                {
                    // The table alone still describes a readable (pre-1.5 view of the) file.
                    _decode.Report?.Invoke("hybrid /XRefStm unreadable: " + ex.Message);
                }
            }

            return (entries, trailer);
        }

        if (token.Kind == TokenKind.Integer)
        {
            return ReadXrefStream(offset);
        }

        throw new PdfParseException($"expected \"xref\" or an xref stream object, found {token}", token.Offset);
    }

    private Dictionary<int, XrefEntry> ReadTable(PdfLexer lexer)
    {
        var entries = new Dictionary<int, XrefEntry>();
        while (true)
        {
            var token = lexer.Peek();
            if (token.IsKeyword("trailer"))
            {
                return entries;
            }

            var startToken = lexer.Next();
            var countToken = lexer.Next();
            if (startToken.Kind != TokenKind.Integer || countToken.Kind != TokenKind.Integer
                || startToken.Integer < 0 || countToken.Integer < 0 || startToken.Integer + countToken.Integer > int.MaxValue)
            {
                throw new PdfParseException($"expected an xref subsection \"start count\" or \"trailer\", found {startToken}", startToken.Offset);
            }

            if (countToken.Integer > (lexer.Length - lexer.Position) / 17)
            {
                throw new PdfParseException($"xref subsection claims {countToken.Integer} entries, more than the file can hold", countToken.Offset);
            }

            for (long i = 0; i < countToken.Integer; i++)
            {
                var offsetToken = lexer.Next();
                var genToken = lexer.Next();
                var typeToken = lexer.Next();
                if (offsetToken.Kind != TokenKind.Integer || genToken.Kind != TokenKind.Integer || typeToken.Kind != TokenKind.Keyword
                    || typeToken.Text is not ("n" or "f"))
                {
                    throw new PdfParseException($"expected an xref entry \"offset generation n|f\", found \"{offsetToken} {genToken} {typeToken}\"", offsetToken.Offset);
                }

                var number = (int)(startToken.Integer + i);
                var entry = typeToken.Text == "n" && offsetToken.Integer > 0
                    ? new XrefEntry(XrefEntryType.InFile, offsetToken.Integer, (int)Math.Clamp(genToken.Integer, 0, 65535))
                    : XrefEntry.Free;
                entries.TryAdd(number, entry);
            }
        }
    }

    private PdfDictionary ReadTrailer(PdfLexer lexer)
    {
        var keyword = lexer.Next();
        if (!keyword.IsKeyword("trailer"))
        {
            throw new PdfParseException($"expected \"trailer\", found {keyword}", keyword.Offset);
        }

        var parser = new PdfObjectParser(lexer, _resolver, _maxDepth);
        return parser.ReadObject() as PdfDictionary
            ?? throw new PdfParseException("expected a dictionary after \"trailer\"", keyword.Offset);
    }

    private (Dictionary<int, XrefEntry>, PdfDictionary) ReadXrefStream(int offset)
    {
        var lexer = new PdfLexer(_data, _budget) { Position = offset };
        var parser = new PdfObjectParser(lexer, _resolver, _maxDepth);
        var indirect = parser.ReadIndirectObject();
        if (indirect.Value is not PdfStream stream || stream.Dictionary.GetArray("W") is not { } w)
        {
            throw new PdfParseException("expected an xref stream (a stream with /W), found another object", offset);
        }

        var widths = w.ToNumbers();
        if (widths is null || widths.Length < 3 || widths.Any(x => x is < 0 or > 8))
        {
            throw new PdfParseException("xref stream /W must hold three widths of 0–8 bytes", offset);
        }

        var w0 = (int)widths[0];
        var w1 = (int)widths[1];
        var w2 = (int)widths[2];
        var rowLength = w0 + w1 + w2;
        // Xref streams are never encrypted (§7.6.2), so the raw data is decoded directly.
        var data = StreamDecoder.Decode(stream.Dictionary, stream.StoredData, _decode).Data;
        var size = stream.Dictionary.GetLong("Size") ?? 0;
        var index = stream.Dictionary.GetArray("Index")?.ToNumbers() ?? [0, size];
        var entries = new Dictionary<int, XrefEntry>();
        var pos = 0;
        for (var k = 0; k + 1 < index.Length; k += 2)
        {
            var first = (long)index[k];
            var count = (long)index[k + 1];
            for (long i = 0; i < count && rowLength > 0 && pos + rowLength <= data.Length; i++, pos += rowLength)
            {
                var type = w0 == 0 ? 1 : Field(data, pos, w0);
                var f2 = Field(data, pos + w0, w1);
                var f3 = Field(data, pos + w0 + w1, w2);
                var number = first + i;
                if (number is < 0 or > int.MaxValue)
                {
                    continue;
                }

                var entry = type switch
                {
                    1 when f2 > 0 => new XrefEntry(XrefEntryType.InFile, f2, (int)Math.Clamp(f3, 0, 65535)),
                    2 when f2 is > 0 and <= int.MaxValue => new XrefEntry(XrefEntryType.Compressed, 0, 0, (int)f2, (int)Math.Clamp(f3, 0, int.MaxValue)),
                    _ => XrefEntry.Free,
                };
                entries.TryAdd((int)number, entry);
            }
        }

        return (entries, stream.Dictionary);
    }

    private static long Field(byte[] data, int pos, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[pos + i];
        }

        return value;
    }
}
