using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Analysis.Figures;

/// <summary>Labelled figures and printed formulas from paragraphs and from table cells.</summary>
public sealed class FigureExtractor : IFigureExtractor
{
    public FigureSet Extract(Document document)
    {
        var figures = new List<Figure>();
        var formulas = new List<PrintedFormula>();
        var tableIndex = -1;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    TextFigureReader.Read(p.Text, new FigureSource(p.Provenance.Page, p.Provenance.Box, null, "text", p.Provenance.Confidence), figures, formulas);
                    break;
                case Table t:
                    tableIndex++;
                    TableFigureReader.Read(t, tableIndex, figures, formulas);
                    break;
            }
        }

        return new FigureSet(figures, formulas);
    }
}
