using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Structure;

/// <summary>Rebuilds the cross-reference information by scanning the whole file for "n g obj" headers and
/// "trailer" dictionaries, as poppler and qpdf do when the table is missing, broken or points to the wrong
/// bytes. Later definitions win (incremental updates append). Objects in object streams are added lazily
/// by the file (<see cref="ObjectStreamIds"/>).</summary>
internal static class XrefRecovery
{
    public static (Dictionary<int, XrefEntry> Entries, List<PdfDictionary> Trailers, List<int> ObjectStreamIds) Scan(ReadOnlyMemory<byte> data, WorkBudget budget, int maxDepth, IObjectResolver? resolver)
    {
        var span = data.Span;
        budget.Charge(span.Length / 16);
        var entries = new Dictionary<int, XrefEntry>();
        var objectStreams = new List<int>();
        var pos = 0;
        while (pos < span.Length)
        {
            var hit = span[pos..].IndexOf("obj"u8);
            if (hit < 0)
            {
                break;
            }

            var at = pos + hit;
            pos = at + 3;
            if (pos < span.Length && PdfLexer.IsRegular(span[pos]))
            {
                continue; // "object", "objstm" …
            }

            if (TryHeaderBefore(span, at, out var number, out var generation, out var headerStart))
            {
                entries[number] = new XrefEntry(XrefEntryType.InFile, headerStart, generation);
                var window = span[pos..Math.Min(span.Length, pos + 256)];
                if (window.IndexOf("/ObjStm"u8) >= 0)
                {
                    objectStreams.Add(number);
                }
            }
        }

        return (entries, ReadTrailers(data, budget, maxDepth, resolver), objectStreams);
    }

    /// <summary>Reads "digits ws digits ws" backwards from the "obj" keyword.</summary>
    private static bool TryHeaderBefore(ReadOnlySpan<byte> span, int objAt, out int number, out int generation, out int headerStart)
    {
        number = generation = headerStart = 0;
        var i = objAt - 1;
        if (i < 0 || !PdfLexer.IsWhite(span[i]))
        {
            return false;
        }

        while (i >= 0 && PdfLexer.IsWhite(span[i]))
        {
            i--;
        }

        var genEnd = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9' && genEnd - i <= 5)
        {
            i--;
        }

        if (i + 1 == genEnd || i < 0 || !PdfLexer.IsWhite(span[i]))
        {
            return false;
        }

        var genStart = i + 1;
        while (i >= 0 && PdfLexer.IsWhite(span[i]))
        {
            i--;
        }

        var numEnd = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9' && numEnd - i <= 10)
        {
            i--;
        }

        // Some writers omit the line break: "endobj12 0 obj" still starts object 12.
        if (i + 1 == numEnd || (i >= 0 && PdfLexer.IsRegular(span[i]) && !span[..(i + 1)].EndsWith("endobj"u8) && !span[..(i + 1)].EndsWith("endstream"u8)))
        {
            return false;
        }

        headerStart = i + 1;
        if (!long.TryParse(span[headerStart..numEnd], out var n) || n > int.MaxValue || !int.TryParse(span[genStart..genEnd], out var g))
        {
            return false;
        }

        number = (int)n;
        generation = g;
        return true;
    }

    private static List<PdfDictionary> ReadTrailers(ReadOnlyMemory<byte> data, WorkBudget budget, int maxDepth, IObjectResolver? resolver)
    {
        var trailers = new List<PdfDictionary>();
        var span = data.Span;
        var pos = 0;
        while (pos < span.Length && trailers.Count < 1000)
        {
            var hit = span[pos..].IndexOf("trailer"u8);
            if (hit < 0)
            {
                break;
            }

            pos += hit + 7;
            try
            {
                var parser = new PdfObjectParser(new PdfLexer(data, budget) { Position = pos }, resolver, maxDepth);
                if (parser.ReadObject() is PdfDictionary trailer)
                {
                    trailers.Add(trailer);
                }
            }
            catch (PdfParseException ex) when (ex is not PdfLimitException)
            {
                // A damaged trailer is skipped; another one or the catalog scan may still serve.
            }
        }

        return trailers;
    }
}
