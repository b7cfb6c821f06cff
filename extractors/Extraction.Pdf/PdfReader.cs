using System.Globalization;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Pdf.Content;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Structure;
using Extraction.Pdf.Text;
using Extraction.Reading;
using Extraction.Messages;

namespace Extraction.Pdf;

/// <summary>Reads a PDF's text layer into the document model: exact text through the fonts' encodings and
/// CMaps, positions, ruled tables with spans, paragraphs in reading order; image-only pages are marked
/// <see cref="PageKind.NeedsOcr"/> for the recognizer.</summary>
public sealed class PdfReader : IDocumentReader
{
    public string Format => SourceFormat.Pdf;

    public bool CanRead(SniffedType type) => type is SniffedType.Pdf;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken)
    {
        using var pdf = PdfFile.Open(file.Path, options);
        return Read(pdf, options, cancellationToken);
    }

    internal static Document Read(PdfFile pdf, ReaderOptions options, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var fonts = new FontLoader(m => Report(problems, m, null));
        var assembler = new PageAssembler();
        var pages = new List<Page>();
        var rims = new Dictionary<Table, TableRims>(ReferenceEqualityComparer.Instance);
        var sourcePages = pdf.Pages;
        var unread = new List<int>();
        for (var i = 0; i < sourcePages.Count && i < options.MaxPages; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = sourcePages[i];
            var number = i + 1;
            try
            {
                var interpreter = new ContentInterpreter(fonts, m => Report(problems, m, number), pdf.Budget);
                var content = interpreter.Run(source.GetOperations(), source.Resources, source.CropBox, source.Rotate);
                pages.Add(assembler.Assemble(number, content, rims));
            }
            catch (DocumentReadException ex)
            {
                Report(problems, Msg.Of("problem.pdf_page_unreadable", ("page", number.ToString(CultureInfo.InvariantCulture)), ("detail_en", ex.Message)), number);
                pages.Add(new Page(number, []));
                unread.Add(number);
            }
        }

        // Per-page messages stop at 200; these summaries are always kept, so a cut document is never "ok".
        if (unread.Count > 0)
        {
            problems.Add(Problem.Of("pdf", Msg.Of("problem.pdf_pages_unread",
                ("count", unread.Count.ToString(CultureInfo.InvariantCulture)), ("total", sourcePages.Count.ToString(CultureInfo.InvariantCulture)), ("pages", PageList.Format(unread)))) with { Partial = true });
        }

        if (sourcePages.Count > options.MaxPages)
        {
            problems.Add(Problem.Of("pdf", Msg.Of("problem.pdf_pages_limit", ("pages", sourcePages.Count.ToString(CultureInfo.InvariantCulture)), ("max", options.MaxPages.ToString(CultureInfo.InvariantCulture)))) with { Partial = true });
        }

        problems.InsertRange(0, pdf.Problems);
        var joined = PageBreakTables.Join(pages, rims);
        var scanned = joined.Count > 0 && joined.All(p => p.Kind == PageKind.NeedsOcr);
        return new Document(scanned ? SourceFormat.PdfScanned : SourceFormat.Pdf, joined, problems);
    }

    private static void Report(List<Problem> problems, Msg message, int? page)
    {
        if (problems.Count < 200)
        {
            problems.Add(Problem.Of("pdf", message.Id == "problem.pdf_repaired" && page is not null
                ? PdfProblems.Technical(message.Args["detail_en"], page)
                : message, page));
        }
    }
}
