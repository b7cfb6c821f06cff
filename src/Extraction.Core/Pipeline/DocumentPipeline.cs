using System.Globalization;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>file → reader → model → tables and figures → rules and checks → <see cref="DocumentResult"/>.
/// Never throws for a bad document: every failure becomes a problem record on the result.</summary>
public sealed class DocumentPipeline
{
    private readonly PipelineStages _stages;
    private readonly ReaderOptions _options;

    public DocumentPipeline(PipelineStages stages, ReaderOptions options)
    {
        _stages = stages;
        _options = options;
    }

    public DocumentResult Process(SourceFile file, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        string sha;
        try
        {
            sha = file.Sha256;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(file, string.Empty, SourceFormat.FromExtension(file.Extension), new Problem("read", $"{file.Name}: cannot open the file: {ex.Message}")
            {
                Text = Msg.Of("problem.cannot_open", ("file", file.Name), ("detail_en", ex.Message)),
            });
        }

        var document = ReadDocument(file, problems, cancellationToken);
        if (document is null)
        {
            return Failed(file, sha, SourceFormat.FromExtension(file.Extension), problems.ToArray());
        }

        problems.AddRange(document.Problems);
        return Analyse(file, sha, document.Format, document, problems, cancellationToken);
    }

    /// <summary>Runs the stages after reading; exposed for tests that build a document in memory.</summary>
    public DocumentResult Analyse(SourceFile file, string sha, string format, Document document, List<Problem> problems, CancellationToken cancellationToken)
    {
        if (_stages.Restorer is { } restorer)
        {
            var read = document;
            document = Stage("spans", problems, () => restorer.Restore(read), read);
        }

        var scoreTables = Stage("tables", problems, () => _stages.ScoreTables.Extract(document), []);
        var figures = Stage("figures", problems, () => _stages.Figures.Extract(document), new FigureSet([], []));
        var metadata = Stage("metadata", problems, () => _stages.Metadata.Extract(document, scoreTables), new DocumentMetadata(DocumentKind.Other));
        cancellationToken.ThrowIfCancellationRequested();
        if (metadata.Kind == DocumentKind.NotReport)
        {
            // Not a report: listed as skipped with the classifier's reason; no rules, no checks, no findings.
            return new DocumentResult(file.Path, sha, format, document.Pages.Count, metadata)
            {
                Problems = problems,
                Document = document,
                SkipReason = metadata.KindReason ?? "not a report",
            };
        }

        var facts = _stages.Linker is { } linker
            ? Stage("facts", problems, () => linker.Link(figures.Facts), new FactGraph(figures.Facts, []))
            : new FactGraph(figures.Facts, []);
        var context = new AnalysisContext(document, metadata, scoreTables, figures.Figures, figures.Formulas) { Facts = facts };
        var assessments = Stage("rules", problems, () => _stages.Rules.Assess(context), []);
        context = context with { Assessments = assessments };

        var findings = new List<Finding>();
        foreach (var check in _stages.Checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            findings.AddRange(Stage($"check:{check.Name}", problems, () => check.Run(context).ToList(), []));
        }

        var recognised = OcrFindingPolicy.RecognisedPages(document);
        return new DocumentResult(file.Path, sha, format, document.Pages.Count, metadata)
        {
            ScoreTables = scoreTables,
            Indicators = assessments.Count > 0 ? assessments : scoreTables.SelectMany(t => t.Indicators).Select(i => new IndicatorAssessment(i, null, null)).ToArray(),
            Figures = figures.Figures,
            Formulas = figures.Formulas,
            Facts = facts.Facts,
            Findings = NumberMarks.Apply(findings.Select(f => OcrFindingPolicy.Apply(f, recognised)).OrderByDescending(f => f.Severity).ToArray(), document),
            Problems = problems,
            Document = document,
        };
    }

    /// <summary>Sniffs, checks the extension, reads and recognises image-only pages; null when the file cannot be
    /// read, with the reasons added to <paramref name="problems"/>. `extract text` uses this without the analysis.</summary>
    public Document? ReadDocument(SourceFile file, List<Problem> problems, CancellationToken cancellationToken)
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

        if (length > _options.MaxFileBytes)
        {
            problems.Add(new Problem("read", $"{file.Name}: expected at most {_options.MaxFileBytes:N0} bytes, found {length:N0}")
            {
                Text = Msg.Of("problem.too_large", ("file", file.Name), ("max", _options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)), ("found", length.ToString("N0", CultureInfo.InvariantCulture))),
            });
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

        var reader = _stages.Readers.FirstOrDefault(r => r.CanRead(type));
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
        if (_stages.Recognizer is null || !_stages.Recognizer.IsAvailable(out reason))
        {
            problems.Add(new Problem("ocr", $"{file.Name}: {pending.Length} page(s) are images without text and need OCR, which is unavailable: {reason} (unread pages: {PageList.Format(pending.Select(p => p.Number))})")
            {
                Partial = true,
                Text = Msg.Of("problem.ocr_unavailable", ("file", file.Name), ("pages", pending.Length.ToString(CultureInfo.InvariantCulture)), ("detail_en", reason)),
            });
            return document;
        }

        var recognised = Stage("ocr", problems, () => _stages.Recognizer.Recognize(file, pending, cancellationToken), []);
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

    // The stage named in the reader's language: "check:sum_mismatch" → the check's label, "tables" → stage.tables.
    private static MsgArg StageName(string stage)
    {
        var id = stage.StartsWith("check:", StringComparison.Ordinal) ? "check." + stage[6..] : "stage." + stage;
        return MessageCatalog.Default.Has(id, Language.Zh) ? MsgArg.Term("stage", id) : MsgArg.Text("stage", stage);
    }

    private static T Stage<T>(string stage, List<Problem> problems, Func<T> run, T fallback)
    {
        try
        {
            return run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new Problem(stage, $"stage {stage} failed: {ex.GetType().Name}: {ex.Message}")
            {
                Partial = true,
                Text = Msg.Of("problem.stage_failed", StageName(stage), ("detail_en", $"{ex.GetType().Name}: {ex.Message}")),
            });
            return fallback;
        }
    }

    private static DocumentResult Failed(SourceFile file, string sha, string format, params Problem[] problems) =>
        new(file.Path, sha, format, 0, new DocumentMetadata(DocumentKind.Other)) { Problems = problems };

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
