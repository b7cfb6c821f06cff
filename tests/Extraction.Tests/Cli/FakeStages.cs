using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Results;

namespace Extraction.Tests.Cli;

/// <summary>Minimal stages: a text reader that can be told (by the file's content) to hang, and no-op analysis.</summary>
internal static class FakeStages
{
    public static DocumentPipeline Pipeline() =>
        new(new PipelineStages([new SlowTextReader()], new NoTables(), new NoFigures(), new Metadata(), new NoRules(), []), ReaderOptions.Default);

    /// <summary>A pipeline whose reader gives "SCAN n" pages as image-only pages and whose recogniser hands
    /// them back unrecognised: with a reason on odd pages, silently on even ones (an engine that lost them).</summary>
    public static DocumentPipeline WithFailingRecognizer() =>
        new(new PipelineStages([new SlowTextReader()], new NoTables(), new NoFigures(), new Metadata(), new NoRules(), []) { Recognizer = new FailingRecognizer() }, ReaderOptions.Default);

    private sealed class SlowTextReader : IDocumentReader
    {
        public string Format => SourceFormat.Text;

        public bool CanRead(SniffedType type) => type is SniffedType.Text or SniffedType.Markdown;

        public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken)
        {
            var text = File.ReadAllText(file.Path);
            if (text.Contains("HANG", StringComparison.Ordinal))
            {
                Thread.Sleep(TimeSpan.FromSeconds(20)); // ignores cancellation on purpose: the batch must not wait for it
            }

            if (text.StartsWith("SCAN ", StringComparison.Ordinal))
            {
                var count = int.Parse(text[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var pages = Enumerable.Range(2, count).Select(n => new Page(n, [], Kind: PageKind.NeedsOcr));
                return new Document(Format, [new Page(1, [new Paragraph("扫描件", Provenance.OnPage(1))]), .. pages], []);
            }

            return new Document(Format, [new Page(1, [new Paragraph(text, Provenance.OnPage(1))])], []);
        }
    }

    private sealed class FailingRecognizer : IPageRecognizer
    {
        public bool IsAvailable(out string? reason)
        {
            reason = null;
            return true;
        }

        public IReadOnlyList<Page> Recognize(SourceFile file, IReadOnlyList<Page> pages, CancellationToken cancellationToken) =>
            pages.Select(p => p.Number % 2 == 1 ? p with { Problems = [new Problem("ocr", $"page {p.Number}: rendered blank", p.Number)] } : p).ToArray();
    }

    private sealed class NoTables : IScoreTableExtractor
    {
        public IReadOnlyList<ScoreTable> Extract(Document document) => [];
    }

    private sealed class NoFigures : IFigureExtractor
    {
        public FigureSet Extract(Document document) => new([], []);
    }

    private sealed class Metadata : IMetadataExtractor
    {
        // "NOTREPORT" in the text plays the classifier's "not a report" verdict (the hook the batch honours).
        public DocumentMetadata Extract(Document document, IReadOnlyList<ScoreTable> scoreTables) =>
            document.Paragraphs.First().Text.Contains("NOTREPORT", StringComparison.Ordinal)
                ? new(DocumentKind.NotReport) { KindReason = "a README, not a report" }
                : new(DocumentKind.Other) { Title = document.Paragraphs.First().Text };
    }

    private sealed class NoRules : IRuleEngine
    {
        public IReadOnlyList<IndicatorAssessment> Assess(AnalysisContext context) => [];
    }
}
