using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Word.Numbering;

namespace Extraction.Word;

/// <summary>Reads a Word .docx: body paragraphs in order with heading levels, tables with merged
/// cells resolved (gridSpan, vMerge), nested tables, text boxes, field results; page numbers
/// estimated from rendered or explicit page breaks and section breaks.</summary>
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
                throw new DocumentReadException(Stage, $"{file.Name}: expected at most {options.MaxFileBytes} bytes, found {file.Length} bytes");
            }

            stream = file.OpenRead();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(Stage, $"{file.Name}: expected a readable file, found: {ex.Message}", ex);
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
                throw new DocumentReadException(Stage, $"{file.Name}: expected a readable Word document body, found: {ex.Message}", ex);
            }
        }
    }

    private static Document ReadPackage(WordprocessingDocument package, ReaderOptions options, CancellationToken cancellationToken)
    {
        var main = package.MainDocumentPart!;
        var problems = new List<Problem>();
        var styles = WordStyles.Empty;
        try
        {
            styles = WordStyles.Load(main);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            problems.Add(new Problem(Stage, $"expected readable styles (word/styles.xml), found: {ex.Message}; heading levels come from outline levels only"));
        }

        var numbering = WordNumbering.Empty;
        try
        {
            numbering = WordNumbering.Load(main, styles);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            problems.Add(new Problem(Stage, $"expected readable list definitions (word/numbering.xml), found: {ex.Message}; list labels are left out"));
        }

        var body = main.Document?.Body;
        if (body is null)
        {
            return new Document(SourceFormat.Docx, [new Page(1, [])],
                [.. problems, new Problem(Stage, "expected a w:body in word/document.xml, found none")]);
        }

        var walker = new WordBodyWalker(body, styles, numbering, options, cancellationToken);
        walker.WalkBlocks(body, 0);
        problems.AddRange(walker.Problems);

        var byPage = walker.Blocks.ToLookup(b => b.Provenance.Page);
        var lastPage = walker.Blocks.Select(b => b.Provenance.Page).DefaultIfEmpty(1).Max();
        var pages = Enumerable.Range(1, lastPage).Select(n => new Page(n, byPage[n].ToList())).ToList();
        return new Document(SourceFormat.Docx, pages, problems);
    }
}
