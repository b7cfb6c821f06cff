using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Figures and printed formulas found in one document.</summary>
public sealed record FigureSet(IReadOnlyList<Figure> Figures, IReadOnlyList<PrintedFormula> Formulas);
