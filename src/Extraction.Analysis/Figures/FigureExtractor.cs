using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Analysis.Figures;

/// <summary>Labelled figures, printed formulas and the fact table (every quantity with its key) from paragraphs and
/// table cells, in one walk of the document.</summary>
public sealed class FigureExtractor : IFigureExtractor
{
    public FigureSet Extract(Document document)
    {
        var figures = new List<Figure>();
        var formulas = new List<PrintedFormula>();
        var tableIndex = -1;
        var facts = new Facts.FactReader();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    TextFigureReader.Read(p.Text, new FigureSource(p.Provenance.Page, p.Provenance.Box, null, "text", p.Provenance.Confidence), figures, formulas);
                    facts.Paragraph(p);
                    break;
                case Table t:
                    tableIndex++;
                    TableFigureReader.Read(t, tableIndex, figures, formulas);
                    facts.Table(t);
                    break;
            }
        }

        return new FigureSet(figures, formulas) { Facts = facts.Facts };
    }
}
