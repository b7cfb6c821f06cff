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

            return new Document(Format, [new Page(1, [new Paragraph(text, Provenance.OnPage(1))])], []);
        }
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
        public DocumentMetadata Extract(Document document, IReadOnlyList<ScoreTable> scoreTables) => new(DocumentKind.Other) { Title = document.Paragraphs.First().Text };
    }

    private sealed class NoRules : IRuleEngine
    {
        public IReadOnlyList<IndicatorAssessment> Assess(AnalysisContext context) => [];
    }
}
