using Extraction.Analysis.Figures;
using Extraction.Analysis.Metadata;
using Extraction.Analysis.ScoreTables;
using Extraction.Output.Html;
using Extraction.Ocr;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Rules.Checks;
using Extraction.Rules.Engine;

namespace Extraction.Cli;

/// <summary>The composition root: with <see cref="ReadingStages"/> (the readers), the only place that names concrete stages.</summary>
public static class Composition
{
    public static IReadOnlyList<IDocumentReader> Readers() => ReadingStages.Readers();

    public static PipelineStages Stages(OcrEngine ocr = OcrEngine.Paddle) =>
        new(Readers(), new ScoreTableExtractor(), new FigureExtractor(), new MetadataExtractor(), new RuleEngine(), CheckCatalog.All())
        {
            Recognizer = ReadingStages.Recognizer(ocr),
            Linker = new Rules.Facts.FactLinker(),
            Normaliser = new Analysis.Common.ScriptFolder(),
            Restorer = new SpanRestorer(),
        };

    public static DocumentPipeline Pipeline(ReaderOptions? options = null, OcrEngine ocr = OcrEngine.Paddle) => new(Stages(ocr), options ?? ReaderOptions.Default);

    /// <summary>Renders PDF evidence crops for report.html.</summary>
    public static IEvidenceRenderer EvidenceRenderer() => new PdftoppmRenderer();
}
