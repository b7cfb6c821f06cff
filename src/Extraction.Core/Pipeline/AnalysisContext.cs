using Extraction.Model;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>What the checks and rule engine see of one document: the model and what was extracted from it.</summary>
public sealed record AnalysisContext(
    Document Document,
    DocumentMetadata Metadata,
    IReadOnlyList<ScoreTable> ScoreTables,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<PrintedFormula> Formulas)
{
    public IReadOnlyList<IndicatorAssessment> Assessments { get; init; } = [];

    /// <summary>The fact table with its same-quantity links (checks read quantities from here).</summary>
    public FactGraph Facts { get; init; } = FactGraph.Empty;

    /// <summary>Views derived from this document once and shared by the rule engine and every check.</summary>
    public AnalysisViews Views { get; init; } = new();
}
