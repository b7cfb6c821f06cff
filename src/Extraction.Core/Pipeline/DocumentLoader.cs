using System.Globalization;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Pipeline;

/// <summary>The reading half of <see cref="DocumentPipeline"/>: file → sniffed type → reader → image-only pages
/// recognised. Needs only the readers and the recogniser, so `extract text` (and its start-up-lean entry,
/// extract-text) read without loading the analysis stages. Never throws for a bad document.</summary>
public sealed class DocumentLoader
{
    private readonly IReadOnlyList<IDocumentReader> _readers;
    private readonly IPageRecognizer? _recognizer;
    private readonly ReaderOptions _options;

    public DocumentLoader(IReadOnlyList<IDocumentReader> readers, IPageRecognizer? recognizer, ReaderOptions options)
    {
        _readers = readers;
        _recognizer = recognizer;
        _options = options;
    }

    /// <summary>False, with the reason added to <paramref name="problems"/>, when the file is over
    /// <see cref="ReaderOptions.MaxFileBytes"/>; the pipeline asks before hashing, so such a file is never read.</summary>
    public bool WithinSizeLimit(SourceFile file, long length, List<Problem> problems)
    {
        if (length <= _options.MaxFileBytes)
        {
            return true;
        }

        problems.Add(new Problem("read", $"{file.Name}: expected at most {_options.MaxFileBytes:N0} bytes, found {length:N0}")
        {
            Text = Msg.Of("problem.too_large", ("file", file.Name), ("max", _options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)), ("found", length.ToString("N0", CultureInfo.InvariantCulture))),
        });
        return false;
    }

    /// <summary>Sniffs, checks the extension, reads and recognises image-only pages; null when the file cannot be
    /// read, with the reasons added to <paramref name="problems"/>.</summary>
    public Document? Read(SourceFile file, List<Problem> problems, CancellationToken cancellationToken)
    {
        long length;
        try
        {
            length = file.Length;
        }
        catch (IOException ex)
        {
            problems.Add(new Problem("read", $"{file.Name}: cannot open the file: {ex.Message}") { Text = Msg.Of("problem.cannot_open", ("file", file.Name), ("detail_en", ex.Message)) });
            return null;
        }

        if (!WithinSizeLimit(file, length, problems))
        {
            return null;
        }

        var type = FormatSniffer.Sniff(file);
        if (type == SniffedType.Empty)
        {
            problems.Add(new Problem("read", $"{file.Name}: the file is empty (0 bytes)") { Text = Msg.Of("problem.empty", ("file", file.Name)) });
            return null;
        }

        if (type is SniffedType.Text or SniffedType.Markdown or SniffedType.Html && length > _options.MaxTextBytes)
        {
            problems.Add(new Problem("read", $"{file.Name}: expected a text or HTML document of at most {_options.MaxTextBytes:N0} bytes, found {length:N0} (ReaderOptions.MaxTextBytes)")
            {
                Text = Msg.Of("problem.text_too_large", ("file", file.Name), ("max", _options.MaxTextBytes.ToString("N0", CultureInfo.InvariantCulture)), ("found", length.ToString("N0", CultureInfo.InvariantCulture))),
            });
            return null;
        }

        var expected = ExpectedType(file.Extension);
        if (expected is not null && !Compatible(expected.Value, type))
        {
            problems.Add(new Problem("read",
                $"{file.Name}: the extension {file.Extension} promises {FormatSniffer.Describe(expected.Value)}, but the content is {FormatSniffer.Describe(type)}")
            {
                Text = Msg.Of("problem.wrong_content", ("file", file.Name), ("extension", file.Extension), MsgArg.Term("expected", FormatSniffer.TermId(expected.Value)), MsgArg.Term("found", FormatSniffer.TermId(type))),
            });
            return null;
        }

        var reader = _readers.FirstOrDefault(r => r.CanRead(type));
        if (reader is null)
        {
            problems.Add(new Problem("read", $"{file.Name}: no reader for {FormatSniffer.Describe(type)}") { Text = Msg.Of("problem.no_reader", ("file", file.Name), MsgArg.Term("type", FormatSniffer.TermId(type))) });
            return null;
        }

        Document document;
        try
        {
            document = reader.Read(file, _options, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (DocumentReadException ex)
        {
            problems.Add(new Problem(ex.Stage, $"{file.Name}: {ex.Message}") { Text = Msg.Within("problem.unreadable", ex.Text ?? Msg.Raw(ex.Message), ("file", file.Name)) });
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader bug must not stop the batch; the record names the file and the cause.
            problems.Add(new Problem(reader.Format, $"{file.Name}: the {reader.Format} reader failed: {ex.GetType().Name}: {ex.Message}")
            {
                Text = Msg.Of("problem.reader_failed", ("file", file.Name), ("reader", reader.Format.ToUpperInvariant()), ("detail_en", $"{ex.GetType().Name}: {ex.Message}")),
            });
            return null;
        }

        return Recognise(file, document, problems, cancellationToken);
    }

    private Document Recognise(SourceFile file, Document document, List<Problem> problems, CancellationToken cancellationToken)
    {
        var pending = document.Pages.Where(p => p.Kind == PageKind.NeedsOcr).ToArray();
        if (pending.Length == 0)
        {
            return document;
        }

        string? reason = "no OCR engine is configured";
        if (_recognizer is null || !_recognizer.IsAvailable(out reason))
        {
            problems.Add(new Problem("ocr", $"{file.Name}: {pending.Length} page(s) are images without text and need OCR, which is unavailable: {reason} (unread pages: {PageList.Format(pending.Select(p => p.Number))})")
            {
                Partial = true,
                Text = Msg.Of("problem.ocr_unavailable", ("file", file.Name), ("pages", pending.Length.ToString(CultureInfo.InvariantCulture)), ("detail_en", reason)),
            });
            return document;
        }

        var recognised = PipelineStage.Run("ocr", problems, () => _recognizer.Recognize(file, pending, cancellationToken), []);
        problems.AddRange(recognised.SelectMany(UnreadMarked));
        var byNumber = recognised.ToDictionary(p => p.Number);
        var pages = document.Pages.Select(p => byNumber.TryGetValue(p.Number, out var r) ? r : p).ToArray();
        return document with { Pages = pages };
    }

    /// <summary>A page the recogniser gave back still unrecognised (its image did not decode, the engine failed on
    /// it) lost its content, whatever engine ran: its problems mark the document partial; a page given back
    /// unrecognised without any reason gets one.</summary>
    private static IEnumerable<Problem> UnreadMarked(Page page)
    {
        if (page.Kind != PageKind.NeedsOcr)
        {
            return page.Problems;
        }

        return page.Problems.Count > 0
            ? page.Problems.Select(p => p with { Partial = true })
            : [new Problem("ocr", $"page {page.Number}: the image was not recognised", page.Number)
            {
                Partial = true,
                Text = Msg.Of("problem.page_not_recognised", ("page", page.Number.ToString(CultureInfo.InvariantCulture))),
            }];
    }

    private static SniffedType? ExpectedType(string extension) => extension switch
    {
        ".pdf" => SniffedType.Pdf,
        ".docx" => SniffedType.Docx,
        ".html" or ".htm" => SniffedType.Html,
        ".png" => SniffedType.Png,
        ".jpg" or ".jpeg" => SniffedType.Jpeg,
        ".tif" or ".tiff" => SniffedType.Tiff,
        _ => null,
    };

    private static bool Compatible(SniffedType expected, SniffedType actual) =>
        expected == actual
        || (expected == SniffedType.Docx && actual == SniffedType.Zip)
        || (expected == SniffedType.Html && actual is SniffedType.Text or SniffedType.Markdown);
}
