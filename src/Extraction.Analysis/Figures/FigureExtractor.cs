using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Analysis.Figures;

/// <summary>Placeholder until figures land.</summary>
public sealed class FigureExtractor : IFigureExtractor
{
    public FigureSet Extract(Document document) => new([], []);
}
