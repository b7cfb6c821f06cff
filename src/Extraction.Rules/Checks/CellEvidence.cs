using Extraction.Model;
using Extraction.Results;

namespace Extraction.Rules.Checks;

/// <summary>Evidence of a table cell: its page, text, box and OCR confidence, and where it sits (table, row, column).</summary>
internal static class CellEvidence
{
    public static Evidence Of(TableCell cell, int tableIndex, int row, int column) =>
        new(cell.Provenance.Page, cell.Text)
        {
            Cell = new CellRef(tableIndex, row, column),
            Confidence = cell.Provenance.Confidence,
            Box = cell.Provenance.Box,
        };
}
