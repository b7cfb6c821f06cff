namespace Extraction.Results;

/// <summary>Everything the pipeline produced for one source file; what outputs are written from.</summary>
public sealed record DocumentResult(
    string SourcePath,
    string Sha256,
    string Format,
    int PageCount,
    DocumentMetadata Metadata)
{
    public IReadOnlyList<ScoreTable> ScoreTables { get; init; } = [];

    public IReadOnlyList<IndicatorAssessment> Indicators { get; init; } = [];

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<PrintedFormula> Formulas { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Every printed quantity with its key and group (facts.csv).</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    public IReadOnlyList<Model.Problem> Problems { get; init; } = [];

    /// <summary>Set when the document was read but deliberately not analysed (not a report): the reason.</summary>
    public string? SkipReason { get; init; }

    /// <summary>The document read, when reading succeeded (for report views and evidence).</summary>
    public Model.Document? Document { get; init; }
}
