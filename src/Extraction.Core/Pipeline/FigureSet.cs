using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Figures and printed formulas found in one document.</summary>
public sealed record FigureSet(IReadOnlyList<Figure> Figures, IReadOnlyList<PrintedFormula> Formulas)
{
    /// <summary>Every printed quantity with its key, built in the same walk (ids are indices).</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}
