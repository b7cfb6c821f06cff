using Extraction.Reading;

namespace Extraction.Pipeline;

/// <summary>The stages the composition root plugs into <see cref="DocumentPipeline"/>.</summary>
public sealed record PipelineStages(
    IReadOnlyList<IDocumentReader> Readers,
    IScoreTableExtractor ScoreTables,
    IFigureExtractor Figures,
    IMetadataExtractor Metadata,
    IRuleEngine Rules,
    IReadOnlyList<ICheck> Checks)
{
    /// <summary>OCR for image-only pages; null when the product runs without it.</summary>
    public IPageRecognizer? Recognizer { get; init; }

    /// <summary>Rewrites the read text into the forms the stages expect (traditional script folded); null leaves it as read.</summary>
    public IDocumentNormaliser? Normaliser { get; init; }

    /// <summary>Restores merged cells in every reader's tables before analysis; null leaves tables as read.</summary>
    public ITableRestorer? Restorer { get; init; }

    /// <summary>Links mentions of one quantity; null leaves every fact alone.</summary>
    public IFactLinker? Linker { get; init; }
}
