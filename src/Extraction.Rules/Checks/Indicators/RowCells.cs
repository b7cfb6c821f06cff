using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>The printed cells of a score-table row found again in the document: the weight cell is the nearest cell
/// left of the row's score cell that prints the row's weight (the score table keeps only the score cell).</summary>
internal sealed class RowCells
{
    private readonly List<Table> _tables;

    public RowCells(Document document)
    {
        // Numbered as the score-table reader numbers them: non-empty tables in document order.
        _tables = document.Blocks.OfType<Table>().Where(t => t.RowCount > 0 && t.ColumnCount > 0).ToList();
    }

    public Evidence? Weight(Indicator indicator)
    {
        if (indicator.Evidence.Cell is not { } at || indicator.Weight is not { } weight || at.Table < 0 || at.Table >= _tables.Count)
        {
            return null;
        }

        var cell = _tables[at.Table].Cells
            .Where(c => c.Row == at.Row && c.Column < at.Column && PrintedNumber.TryParse(c.Text, out var n) && n.Value == weight)
            .MaxBy(c => c.Column);
        return cell is null ? null : new Evidence(cell.Provenance.Page, indicator.Evidence.Quote)
        {
            Box = cell.Provenance.Box,
            Cell = new CellRef(at.Table, cell.Row, cell.Column),
            Confidence = cell.Provenance.Confidence,
        };
    }
}
