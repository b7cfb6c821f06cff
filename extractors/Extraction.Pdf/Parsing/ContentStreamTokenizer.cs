using Extraction.Pdf.Objects;
using Extraction.Reading;

namespace Extraction.Pdf.Parsing;

/// <summary>Splits decoded content-stream bytes into operations (§7.8.2). Damage does not stop the stream:
/// an unparsable token is reported and skipped, as viewers do, so one bad byte loses one operation.</summary>
internal static class ContentStreamTokenizer
{
    private const int MaxOperands = 4096;
    private const int MaxReports = 20;
    private const int MaxErrors = 1000;

    public static IEnumerable<ContentOperation> Tokenize(ReadOnlyMemory<byte> content, Action<string>? report = null, int maxDepth = 64, WorkBudget? budget = null)
    {
        var lexer = new PdfLexer(content, budget);
        var parser = new PdfObjectParser(lexer, null, maxDepth);
        var operands = new List<PdfObject>();
        var reports = 0;
        while (true)
        {
            ContentOperation? operation = null;
            var done = false;
            var start = lexer.Position;
            try
            {
                var token = lexer.Next();
                switch (token.Kind)
                {
                    case TokenKind.EndOfInput:
                        done = true;
                        break;
                    case TokenKind.Keyword when token.Text is not ("true" or "false" or "null" or "R" or "{" or "}" or ")" or ">"):
                        operation = token.Text == "BI"
                            ? ReadInlineImage(lexer, parser, token.Offset)
                            : new ContentOperation(token.Text!, operands.ToArray(), token.Offset);
                        operands.Clear();
                        break;
                    case TokenKind.Keyword when token.Text is "{" or "}" or ")" or ">" or "R":
                        // Stray delimiters (PostScript braces, unbalanced parenthesis) carry no operation.
                        break;
                    default:
                        lexer.Position = start;
                        operands.Add(parser.ReadObject());
                        if (operands.Count > MaxOperands)
                        {
                            operands.Clear();
                        }

                        break;
                }
            }
            catch (Exception ex) when (ex is not DocumentReadException and not OperationCanceledException)
            {
                throw new PdfInternalErrorException(ex);
            }
            catch (PdfParseException ex) when (ex is not PdfLimitException and not PdfInternalErrorException)
            {
                if (reports++ < MaxReports)
                {
                    report?.Invoke("content stream: " + ex.Message + "; skipped");
                }

                if (reports > MaxErrors)
                {
                    // Binary garbage, not content: stop rather than throw a million times.
                    report?.Invoke($"content stream: more than {MaxErrors} errors; the rest of the stream is skipped");
                    done = true;
                }

                operands.Clear();
                lexer.Position = ResumeAfterError(lexer, start);
            }

            if (done)
            {
                yield break;
            }

            if (operation is not null)
            {
                yield return operation;
            }
        }
    }

    /// <summary>Where to go on after a token that does not parse: past a broken hex string's '&gt;',
    /// else one byte on (so the loop always advances).</summary>
    private static int ResumeAfterError(PdfLexer lexer, int start)
    {
        lexer.Position = start;
        lexer.SkipWhitespaceAndComments();
        var span = lexer.Data.Span;
        var at = lexer.Position;
        if (at < span.Length && span[at] == '(')
        {
            // A literal string only fails by running to the end: nothing after it can be read.
            return span.Length;
        }

        if (at < span.Length && span[at] == '<')
        {
            var close = span[at..].IndexOf((byte)'>');
            return close >= 0 ? at + close + 1 : span.Length;
        }

        return Math.Max(at, start) + 1;
    }

    private static ContentOperation ReadInlineImage(PdfLexer lexer, PdfObjectParser parser, long offset)
    {
        var items = new Dictionary<string, PdfObject>(StringComparer.Ordinal);
        while (true)
        {
            var token = lexer.Next();
            if (token.IsKeyword("ID"))
            {
                break;
            }

            if (token.Kind == TokenKind.EndOfInput)
            {
                throw new PdfParseException("inline image: expected ID before the end of the content stream", offset);
            }

            if (token.Kind != TokenKind.Name)
            {
                throw new PdfParseException($"inline image: expected a key name, found {token}", token.Offset);
            }

            items[token.Text!] = parser.ReadObject();
        }

        var dictionary = new PdfDictionary(items);
        var span = lexer.Data.Span;
        var dataStart = Math.Min(lexer.Position + 1, span.Length); // one white-space byte follows ID
        var dataEnd = FindImageEnd(span, dataStart, dictionary);
        var afterEi = Math.Min(span.Length, dataEnd + 2);
        var end = dataEnd;
        if (end > dataStart && PdfLexer.IsWhite(span[end - 1]))
        {
            end--;
        }

        lexer.Position = afterEi;
        return new ContentOperation("BI", [dictionary], offset) { InlineImageData = lexer.Data[dataStart..Math.Max(dataStart, end)] };
    }

    /// <summary>Position of the "EI" that ends the data: at the computed size for unfiltered images, else the
    /// first "EI" between white space that is followed by text-like bytes (binary data can contain "EI").</summary>
    private static int FindImageEnd(ReadOnlySpan<byte> span, int dataStart, PdfDictionary dictionary)
    {
        if (UnfilteredLength(dictionary) is { } n && n <= span.Length - dataStart)
        {
            var at = dataStart + (int)n;
            while (at < span.Length && PdfLexer.IsWhite(span[at]))
            {
                at++;
            }

            if (span[at..].StartsWith("EI"u8))
            {
                return at;
            }
        }

        for (var i = dataStart; i + 1 < span.Length; i++)
        {
            if (span[i] == 'E' && span[i + 1] == 'I' && (i == dataStart || PdfLexer.IsWhite(span[i - 1]))
                && (i + 2 == span.Length || PdfLexer.IsWhite(span[i + 2])) && LooksLikeText(span[(i + 2)..]))
            {
                return i;
            }
        }

        return span.Length;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> after)
    {
        var sample = after[..Math.Min(after.Length, 16)];
        foreach (var b in sample)
        {
            if (b > 126 || (b < 32 && !PdfLexer.IsWhite(b)))
            {
                return false;
            }
        }

        return true;
    }

    private static long? UnfilteredLength(PdfDictionary d)
    {
        if (d.ContainsKey("F") || d.ContainsKey("Filter"))
        {
            return null;
        }

        var width = d.GetLong("W") ?? d.GetLong("Width");
        var height = d.GetLong("H") ?? d.GetLong("Height");
        var mask = d.GetBool("IM") ?? d.GetBool("ImageMask") ?? false;
        var bpc = mask ? 1 : d.GetLong("BPC") ?? d.GetLong("BitsPerComponent") ?? 8;
        var cs = d.GetName("CS") ?? d.GetName("ColorSpace");
        long components = mask ? 1 : cs switch
        {
            "G" or "DeviceGray" or "CalGray" => 1,
            "RGB" or "DeviceRGB" or "CalRGB" => 3,
            "CMYK" or "DeviceCMYK" => 4,
            _ => -1,
        };
        if (width is not > 0 || height is not > 0 || components < 0 || bpc is not (1 or 2 or 4 or 8 or 16) || width > 1 << 20 || height > 1 << 20)
        {
            return null;
        }

        return height.Value * ((width.Value * components * bpc) + 7) / 8;
    }
}
