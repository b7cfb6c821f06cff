using Extraction.Model;

namespace Extraction.Pipeline;

/// <summary>Finds labelled numbers and printed formulas in paragraphs and table cells.</summary>
public interface IFigureExtractor
{
    FigureSet Extract(Document document);
}
