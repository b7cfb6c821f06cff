using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Parsing;

/// <summary>Builds objects from tokens (§7.3): direct objects, indirect objects and streams. Nesting is
/// bounded by <see cref="MaxDepth"/>; a stream whose /Length is wrong or indirect-and-broken is delimited
/// by searching for "endstream", as poppler and qpdf do.</summary>
internal sealed class PdfObjectParser
{
    private const int MaxCollectionItems = 10_000_000;

    public PdfObjectParser(PdfLexer lexer, IObjectResolver? resolver = null, int maxDepth = 64)
    {
        Lexer = lexer;
        Resolver = resolver;
        MaxDepth = Math.Max(4, maxDepth);
    }

    public PdfLexer Lexer { get; }

    public IObjectResolver? Resolver { get; }

    public int MaxDepth { get; }

    /// <summary>Decrypts the strings of the indirect object being parsed (set per object by the file).</summary>
    public Func<byte[], byte[]>? StringDecryptor { get; set; }

    /// <summary>Given to streams made by this parser (decryption, decode limits).</summary>
    public IStreamContext? StreamContext { get; set; }

    /// <summary>Receives recoverable damage.</summary>
    public Action<string>? Report { get; set; }

    /// <summary>Reads one direct object (or reference) at the lexer's position.</summary>
    public PdfObject ReadObject() => ReadObject(Lexer.Next(), 0);

    /// <summary>Reads "n g obj value [stream…] endobj" at the lexer's position.</summary>
    public IndirectObject ReadIndirectObject(ObjectId? expected = null)
    {
        var start = Lexer.Next();
        var gen = Lexer.Next();
        var keyword = Lexer.Next();
        if (start.Kind != TokenKind.Integer || gen.Kind != TokenKind.Integer || !keyword.IsKeyword("obj")
            || start.Integer is < 0 or > int.MaxValue || gen.Integer is < 0 or > int.MaxValue)
        {
            throw new PdfParseException($"expected an object header \"n g obj\", found \"{start} {gen} {keyword}\"", start.Offset);
        }

        var id = new ObjectId((int)start.Integer, (int)gen.Integer);
        if (expected is { } e && e.Number != id.Number)
        {
            throw new PdfParseException($"expected object {e.Number} {e.Generation} obj, found {id.Number} {id.Generation} obj", start.Offset);
        }

        var first = Lexer.Next();
        PdfObject value;
        if (first.IsKeyword("endobj"))
        {
            // "n g obj endobj" is an empty object: null, as qpdf reads it.
            return new IndirectObject(id, PdfNull.Instance, start.Offset);
        }

        value = ReadObject(first, 0);
        var saved = Lexer.Position;
        var next = Lexer.Next();
        if (value is PdfDictionary dictionary && next.IsKeyword("stream"))
        {
            value = ReadStreamBody(dictionary, id, next.Offset);
            saved = Lexer.Position;
            next = Lexer.Next();
        }

        if (!next.IsKeyword("endobj"))
        {
            // Missing endobj is common damage; the value is complete, so keep it.
            Lexer.Position = saved;
        }

        return new IndirectObject(id, value, start.Offset);
    }

    private PdfObject ReadObject(PdfToken token, int depth)
    {
        if (depth > MaxDepth)
        {
            // Too deep is damage of this object (like a syntax error), not of the whole document.
            throw new PdfParseException($"objects nested deeper than {MaxDepth} levels (ReaderOptions.MaxDepth)", token.Offset);
        }

        switch (token.Kind)
        {
            case TokenKind.Integer:
                return ReadIntegerOrReference(token);
            case TokenKind.Real:
                return new PdfReal(token.Real);
            case TokenKind.String:
            case TokenKind.HexString:
                var bytes = StringDecryptor is null ? token.Bytes! : StringDecryptor(token.Bytes!);
                return new PdfString(bytes, token.Kind == TokenKind.HexString);
            case TokenKind.Name:
                return PdfName.Of(token.Text!);
            case TokenKind.ArrayStart:
                return ReadArray(token, depth);
            case TokenKind.DictionaryStart:
                return ReadDictionary(token, depth);
            case TokenKind.Keyword:
                switch (token.Text)
                {
                    case "true":
                        return PdfBoolean.True;
                    case "false":
                        return PdfBoolean.False;
                    case "null":
                        return PdfNull.Instance;
                }

                throw new PdfParseException($"expected an object, found keyword \"{token.Text}\"", token.Offset);
            case TokenKind.EndOfInput:
                throw new PdfParseException("expected an object, found the end of data", token.Offset);
            default:
                throw new PdfParseException($"expected an object, found {token}", token.Offset);
        }
    }

    private PdfObject ReadIntegerOrReference(PdfToken token)
    {
        var saved = Lexer.Position;
        if (token.Integer is >= 0 and <= int.MaxValue)
        {
            var gen = Lexer.Next();
            if (gen.Kind == TokenKind.Integer && gen.Integer is >= 0 and <= 65535)
            {
                var r = Lexer.Next();
                if (r.IsKeyword("R"))
                {
                    return new PdfReference(new ObjectId((int)token.Integer, (int)gen.Integer), Resolver);
                }
            }
        }

        Lexer.Position = saved;
        return PdfInteger.Of(token.Integer);
    }

    private PdfArray ReadArray(PdfToken open, int depth)
    {
        var items = new List<PdfObject>();
        while (true)
        {
            var token = Lexer.Next();
            if (token.Kind == TokenKind.ArrayEnd)
            {
                return new PdfArray(items);
            }

            if (token.Kind == TokenKind.EndOfInput || token.IsKeyword("endobj") || token.IsKeyword("stream"))
            {
                throw new PdfParseException($"unterminated array: expected ']', found {token}; array started", open.Offset);
            }

            items.Add(ReadObject(token, depth + 1));
            if (items.Count > MaxCollectionItems)
            {
                throw new PdfLimitException("array with more items than the reader accepts", open.Offset);
            }
        }
    }

    private PdfDictionary ReadDictionary(PdfToken open, int depth)
    {
        var items = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        while (true)
        {
            var token = Lexer.Next();
            if (token.Kind == TokenKind.DictionaryEnd)
            {
                return new PdfDictionary(items);
            }

            if (token.Kind == TokenKind.EndOfInput || token.IsKeyword("endobj") || token.IsKeyword("stream"))
            {
                throw new PdfParseException($"unterminated dictionary: expected '>>', found {token}; dictionary started", open.Offset);
            }

            if (token.Kind != TokenKind.Name)
            {
                throw new PdfParseException($"expected a name as dictionary key, found {token}", token.Offset);
            }

            var valueToken = Lexer.Next();
            if (valueToken.Kind == TokenKind.DictionaryEnd)
            {
                // "/Key >>": a key without value reads as null (qpdf does the same).
                Report?.Invoke($"dictionary key /{token.Text} has no value (at byte {token.Offset})");
                return new PdfDictionary(items);
            }

            var value = ReadObject(valueToken, depth + 1);
            if (value is not PdfNull)
            {
                // A null value is equivalent to an absent key (§7.3.7).
                items[token.Text!] = value;
            }

            if (items.Count > MaxCollectionItems)
            {
                throw new PdfLimitException("dictionary with more entries than the reader accepts", open.Offset);
            }
        }
    }

    private PdfStream ReadStreamBody(PdfDictionary dictionary, ObjectId id, long keywordOffset)
    {
        var span = Lexer.Data.Span;
        var pos = Lexer.Position;
        // After "stream": CRLF or LF (a lone CR and stray spaces are tolerated).
        while (pos < span.Length && (span[pos] == ' ' || span[pos] == '\t'))
        {
            pos++;
        }

        if (pos < span.Length && span[pos] == '\r')
        {
            pos++;
        }

        if (pos < span.Length && span[pos] == '\n')
        {
            pos++;
        }

        var dataStart = pos;
        var length = DeclaredLength(dictionary);
        int dataEnd;
        if (length is { } n && n >= 0 && n <= span.Length - dataStart && EndstreamFollows(span, dataStart + (int)n))
        {
            dataEnd = dataStart + (int)n;
            Lexer.Position = dataEnd;
        }
        else
        {
            dataEnd = FindEndstream(span, dataStart, out var afterKeyword);
            Report?.Invoke($"object {id.Number} {id.Generation}: stream /Length {(length is null ? "missing or unusable" : length.ToString())}, data delimited by \"endstream\" instead (stream at byte {Lexer.BaseOffset + keywordOffset})");
            Lexer.Position = afterKeyword;
        }

        Lexer.Budget.Charge((dataEnd - dataStart) / 4096);
        var endToken = Lexer.Peek();
        if (endToken.IsKeyword("endstream"))
        {
            Lexer.Next();
        }

        return new PdfStream(dictionary, Lexer.Data[dataStart..dataEnd], id, StreamContext) { DataOffset = Lexer.BaseOffset + dataStart };
    }

    private long? DeclaredLength(PdfDictionary dictionary)
    {
        var raw = dictionary.GetRaw("Length");
        try
        {
            return raw?.Resolve() switch
            {
                PdfInteger i => i.Value,
                _ => null,
            };
        }
        catch (PdfParseException ex)
        {
            Report?.Invoke("stream /Length could not be resolved: " + ex.Message);
            return null;
        }
    }

    private static bool EndstreamFollows(ReadOnlySpan<byte> span, int pos)
    {
        while (pos < span.Length && PdfLexer.IsWhite(span[pos]))
        {
            pos++;
        }

        return span[pos..].StartsWith("endstream"u8) || span[pos..].StartsWith("endobj"u8);
    }

    /// <summary>Finds "endstream" from <paramref name="dataStart"/>; returns the data end (before the EOL that
    /// precedes the keyword). Without a keyword, the data runs to "endobj" or to the end.</summary>
    private static int FindEndstream(ReadOnlySpan<byte> span, int dataStart, out int afterKeyword)
    {
        var rest = span[dataStart..];
        var index = rest.IndexOf("endstream"u8);
        int end;
        if (index >= 0)
        {
            end = dataStart + index;
            afterKeyword = end;
        }
        else
        {
            var endobj = rest.IndexOf("endobj"u8);
            end = endobj >= 0 ? dataStart + endobj : span.Length;
            afterKeyword = end;
        }

        if (end > dataStart && span[end - 1] == '\n')
        {
            end--;
        }

        if (end > dataStart && span[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }
}
