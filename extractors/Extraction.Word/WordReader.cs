using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Messages;

namespace Extraction.Word;

/// <summary>Reads a Word .docx: body paragraphs in order with heading levels, tables with merged
/// cells resolved (gridSpan, hMerge, vMerge), nested tables, text boxes, field results, embedded .docx and
/// text altChunks; page numbers estimated from rendered or explicit page breaks and section breaks.</summary>
public sealed class WordReader : IDocumentReader
{
    private const string Stage = "docx";

    public string Format => SourceFormat.Docx;

    public bool CanRead(SniffedType type) => type is SniffedType.Docx;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            if (file.Length > options.MaxFileBytes)
            {
                throw new DocumentReadException(Stage, Msg.Of("problem.file_too_large", ("max", options.MaxFileBytes.ToString(CultureInfo.InvariantCulture)), ("found", file.Length.ToString(CultureInfo.InvariantCulture))));
            }

            stream = file.OpenRead();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.file_unreadable", ("detail_en", ex.Message)), ex);
        }

        using (stream)
        {
            using var package = WordPackage.Open(file, stream, options);
            try
            {
                return ReadPackage(package, options, cancellationToken);
            }
            catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
            {
                throw new DocumentReadException(Stage, Msg.Of("problem.docx_body_failed", ("detail_en", ex.Message)), ex);
            }
        }
    }

    private static Document ReadPackage(WordprocessingDocument package, ReaderOptions options, CancellationToken cancellationToken)
    {
        var (blocks, problems) = WordPartReader.Read(package.MainDocumentPart!, options, cancellationToken);
        var byPage = blocks.ToLookup(b => b.Provenance.Page);
        var lastPage = blocks.Select(b => b.Provenance.Page).DefaultIfEmpty(1).Max();
        var pages = Enumerable.Range(1, lastPage).Select(n => new Page(n, byPage[n].ToList())).ToList();
        return new Document(SourceFormat.Docx, pages, problems);
    }
}
