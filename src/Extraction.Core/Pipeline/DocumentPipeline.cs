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
    private readonly DocumentLoader _loader;

    public DocumentPipeline(PipelineStages stages, ReaderOptions options)
    {
        _stages = stages;
        _loader = new DocumentLoader(stages.Readers, stages.Recognizer, options);
    }

    public DocumentResult Process(SourceFile file, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        string sha;
        try
        {
            if (!_loader.WithinSizeLimit(file, file.Length, problems))
            {
                // Not hashed either: a sparse 20 GB file would be read whole.
                return Failed(file, string.Empty, SourceFormat.FromExtension(file.Extension), problems.ToArray());
            }

            sha = file.Hash(cancellationToken);
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
        if (_stages.Normaliser is { } normaliser)
        {
            var read = document;
            document = Stage("script", problems, () => normaliser.Normalise(read), read);
            problems.AddRange(document.Problems.Skip(read.Problems.Count));
        }

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
            Findings = NumberMarks.Apply(findings.Select(f => OcrSlipPolicy.Apply(OcrFindingPolicy.Apply(f, recognised), recognised)).OrderByDescending(f => f.Severity).ToArray(), document),
            Problems = problems,
            Document = document,
        };
    }

    /// <summary>Sniffs, checks the extension, reads and recognises image-only pages; null when the file cannot be
    /// read, with the reasons added to <paramref name="problems"/> (<see cref="DocumentLoader"/>).</summary>
    public Document? ReadDocument(SourceFile file, List<Problem> problems, CancellationToken cancellationToken) =>
        _loader.Read(file, problems, cancellationToken);

    private static T Stage<T>(string stage, List<Problem> problems, Func<T> run, T fallback) =>
        PipelineStage.Run(stage, problems, run, fallback);

    private static DocumentResult Failed(SourceFile file, string sha, string format, params Problem[] problems) =>
        new(file.Path, sha, format, 0, new DocumentMetadata(DocumentKind.Other)) { Problems = problems };

}
