using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Structure;

/// <summary>One page with its inherited attributes resolved (§7.7.3.4): Resources, MediaBox, CropBox
/// (clipped to the MediaBox) and Rotate (normalised to 0, 90, 180 or 270).</summary>
internal sealed class PdfPage
{
    private readonly PdfFile _file;

    internal PdfPage(PdfFile file, int number, PdfDictionary dictionary, ObjectId? id, PdfDictionary resources, PdfRectangle mediaBox, PdfRectangle cropBox, int rotate)
    {
        _file = file;
        Number = number;
        Dictionary = dictionary;
        Id = id;
        Resources = resources;
        MediaBox = mediaBox;
        CropBox = cropBox;
        Rotate = rotate;
    }

    /// <summary>1-based page number in page-tree order.</summary>
    public int Number { get; }

    /// <summary>The page object itself.</summary>
    public PdfDictionary Dictionary { get; }

    /// <summary>The page's object id (null for a direct page dictionary in /Kids).</summary>
    public ObjectId? Id { get; }

    /// <summary>Own or inherited /Resources; empty when none.</summary>
    public PdfDictionary Resources { get; }

    public PdfRectangle MediaBox { get; }

    /// <summary>The visible region: own or inherited /CropBox within the MediaBox, else the MediaBox.</summary>
    public PdfRectangle CropBox { get; }

    /// <summary>Clockwise display rotation in degrees: 0, 90, 180 or 270.</summary>
    public int Rotate { get; }

    /// <summary>The page's content streams in order (/Contents as a stream or an array of streams).</summary>
    public IReadOnlyList<PdfStream> GetContentStreams() => _file.Guard(() =>
    {
        var contents = Dictionary.Get("Contents");
        return contents switch
        {
            PdfStream s => [s],
            PdfArray a => Enumerable.Range(0, a.Count).Select(i => a[i]).OfType<PdfStream>().ToArray(),
            _ => (IReadOnlyList<PdfStream>)[],
        };
    });

    /// <summary>The decoded content streams concatenated, separated by a line feed (streams may split
    /// anywhere between tokens, §7.8.2). A stream that cannot be decoded is reported and skipped.</summary>
    public byte[] GetContentBytes() => _file.Guard(() =>
    {
        var parts = new List<byte[]>();
        foreach (var stream in GetContentStreams())
        {
            try
            {
                parts.Add(stream.GetDecodedData());
            }
            catch (PdfParseException ex) when (ex is not PdfLimitException)
            {
                _file.Report($"page {Number}: content stream {stream.Id} skipped: {ex.Message}", Number);
            }
        }

        var total = parts.Sum(p => (long)p.Length + 1);
        if (total > _file.Options.MaxDecodedBytes)
        {
            throw new PdfLimitException($"page {Number}: content streams exceed {_file.Options.MaxDecodedBytes} bytes (ReaderOptions.MaxDecodedBytes)");
        }

        var result = new byte[Math.Max(0, total - 1)];
        var pos = 0;
        foreach (var part in parts)
        {
            if (pos > 0)
            {
                result[pos++] = (byte)'\n';
            }

            part.CopyTo(result, pos);
            pos += part.Length;
        }

        return result;
    });

    /// <summary>The page content as operations (operators with operands, inline images included).</summary>
    public IEnumerable<ContentOperation> GetOperations() =>
        ContentStreamTokenizer.Tokenize(GetContentBytes(), m => _file.Report(m, Number), _file.Options.MaxDepth, _file.Budget);
}
