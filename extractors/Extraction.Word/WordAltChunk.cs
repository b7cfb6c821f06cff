using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Messages;

namespace Extraction.Word;

/// <summary>Opens the part a w:altChunk embeds (r:id → an alternative-format import part): a .docx is opened
/// as a document (checked like the package's own part), plain text is decoded; anything else, a missing
/// part or an embedding deeper than <see cref="MaxChunkDepth"/> is a problem message.</summary>
internal static class WordAltChunk
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Embedded documents may embed documents; a few levels is what authoring tools write.</summary>
    private const int MaxChunkDepth = 4;

    public static AltChunkContent Open(MainDocumentPart main, OpenXmlElement chunk, ReaderOptions options, int chunkDepth)
    {
        var id = chunk.GetAttributes().FirstOrDefault(a => a.LocalName == "id" && a.NamespaceUri == RelationshipsNs).Value;
        // Parts are (id, part) value pairs since Open XML SDK 3: select the part, then take the first.
        var part = id is null ? null : main.Parts.Where(p => p.RelationshipId == id).Select(p => p.OpenXmlPart).FirstOrDefault();
        if (part is null)
        {
            return AltChunkContent.Failed($"expected the part of w:altChunk r:id=\"{id}\", found no such relationship; the embedded content is missing");
        }

        var type = part.ContentType.ToLowerInvariant();
        if (IsWordDocument(type))
        {
            if (chunkDepth >= MaxChunkDepth)
            {
                return AltChunkContent.Failed($"expected documents embedded (w:altChunk) at most {MaxChunkDepth} deep, found deeper; the embedded document {part.Uri} was skipped");
            }

            return OpenDocument(part, options);
        }

        if (type.StartsWith("text/plain", StringComparison.Ordinal))
        {
            var bytes = ReadBytes(part, options);
            return bytes is null
                ? AltChunkContent.Failed($"expected an embedded text part (w:altChunk) of at most {options.MaxDecodedBytes} bytes, found a larger one: {part.Uri}")
                : new AltChunkContent(TextDecoder.Decode(bytes).Text.ReplaceLineEndings("\n"), null, null);
        }

        return AltChunkContent.Failed(
            $"expected an embedded Word document or text (w:altChunk), found {part.ContentType} at {part.Uri} (HTML, MHT or RTF), which this reader does not read; its content is missing — convert the document (open and save it in Word or WPS) to read it");
    }

    private static bool IsWordDocument(string type) =>
        type.StartsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.", StringComparison.Ordinal)
        || type.StartsWith("application/vnd.ms-word.document.macroenabled", StringComparison.Ordinal)
        || type.StartsWith("application/vnd.ms-word.template.macroenabled", StringComparison.Ordinal);

    private static AltChunkContent OpenDocument(OpenXmlPart part, ReaderOptions options)
    {
        var bytes = ReadBytes(part, options);
        if (bytes is null)
        {
            return AltChunkContent.Failed($"expected an embedded document (w:altChunk) of at most {options.MaxDecodedBytes} bytes, found a larger one: {part.Uri}");
        }

        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { MaxCharactersInPart = options.MaxDecodedBytes });
            var main = document.MainDocumentPart
                ?? throw new DocumentReadException("docx", Msg.Of("problem.docx_no_main", ("detail_en", part.Uri.ToString())));
            WordPackage.CheckXml(part.Uri.ToString(), main, options);
            return new AltChunkContent(null, document, null);
        }
        catch (Exception ex) when (ex is DocumentReadException or OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or IOException or System.Xml.XmlException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            document?.Dispose();
            return AltChunkContent.Failed($"expected a readable embedded Word document (w:altChunk) at {part.Uri}, found: {ex.Message}; its content is missing");
        }
    }

    /// <summary>The part's bytes, or null when it is larger than the decode limit.</summary>
    private static byte[]? ReadBytes(OpenXmlPart part, ReaderOptions options)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxDecodedBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
