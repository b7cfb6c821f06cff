using Extraction.Analysis.Common;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Reads rows that lost cells (text renderings drop empty and merged cells, so the rest shifts
/// left under the wrong headers) by the kind of each cell rather than its column: the names come first
/// (before any prose), each followed by its weight; the score is the last number, after the prose or
/// after the weights; the numbers after the last name belong, from the right, to the names that have none.</summary>
internal static class KindAlignment
{
    /// <summary>The kind reading of the row, or null when a number comes before any name.</summary>
    public static KindReading? Read(RowView row)
    {
        // Printed cells only: a level name restored from the page before is not a cell the row lost or kept.
        var cells = row.NonEmpty.Where(c => !c.Restored).ToList();
        var kinds = cells.Select(c => CellKinds.Of(c.Text)).ToArray();
        var firstProse = Array.IndexOf(kinds, CellKind.Prose);
        var nameEnd = firstProse < 0 ? cells.Count : firstProse;
        var names = new List<(TableCell Cell, PrintedNumber? Weight)>();
        var pending = new List<int>();
        var nameAt = new List<int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (kinds[i] == CellKind.Name && i < nameEnd)
            {
                // Numbers between two names: the first is the earlier name's weight.
                if (pending.Count > 0 && names.Count > 0)
                {
                    names[^1] = (names[^1].Cell, Number(cells[pending[0]]));
                }

                pending.Clear();
                names.Add((cells[i], null));
                nameAt.Add(i);
            }
            else if (kinds[i] == CellKind.Number)
            {
                if (names.Count == 0)
                {
                    return null;
                }

                pending.Add(i);
            }
        }

        // Names after the last number are labels or notes, not indicator names.
        var lastNumber = Array.LastIndexOf(kinds, CellKind.Number);
        while (lastNumber >= 0 && names.Count > 0 && nameAt[names.Count - 1] > lastNumber)
        {
            names.RemoveAt(names.Count - 1);
        }
        if (names.Count == 0)
        {
            return null;
        }

        // The score: the last number, when prose comes before it or another number (the weight) does.
        TableCell? scoreCell = null;
        if (pending.Count > 0 && ((firstProse >= 0 && firstProse < pending[^1]) || pending.Count >= 2))
        {
            scoreCell = cells[pending[^1]];
            pending.RemoveAt(pending.Count - 1);
        }

        // The other numbers after the last name: from the right, to the names without a weight.
        var n = names.Count - 1;
        var t = pending.Count - 1;
        for (; t >= 0 && n >= 0 && names[n].Weight is null; t--, n--)
        {
            names[n] = (names[n].Cell, Number(cells[pending[t]]));
        }

        var lastWeight = names[^1].Weight?.Value;
        var surplus = pending.Take(t + 1).Any(i => Number(cells[i])?.Value != lastWeight);
        return new KindReading(names, scoreCell, scoreCell is null ? null : Number(scoreCell), kinds.Contains(CellKind.Number), surplus);
    }

    /// <summary>Whether the row does not fit the header: a name column holds a number or prose, its score
    /// column holds no number although the kinds give a score, or a name sits in a column the header does not
    /// explain right of the name columns, or the weight column holds no number where the kinds give a weight and
    /// a score (never when the header prints the score before the weight).</summary>
    public static bool Misfit(RowView row, TableLayout layout, KindReading reading)
    {
        // The kinds are read in the usual order, weight before score; a header that prints them the other way
        // round is trusted as it is.
        var score = layout.ScoreColumn is { } s ? row.Cell(s) : null;
        var weightColumns = layout.ColumnsOf(ColumnRole.Weight).Concat(layout.ColumnsOf(ColumnRole.LevelWeight));
        if (layout.ScoreColumn is { } sc && weightColumns.Any(w => w > sc))
        {
            return false;
        }

        var nameColumns = layout.Levels.Select(layout.NameColumn).OfType<int>().ToArray();
        foreach (var c in nameColumns)
        {
            if (row.Cell(c) is { } cell && !cell.Restored && CellKinds.Of(cell.Text) is CellKind.Number or CellKind.Prose)
            {
                return true;
            }
        }

        if (reading.ScoreCell is not null && (score is null || !CellNumber.TryParse(score.Text, out _)))
        {
            return true;
        }

        // The deepest name's weight column is missing or holds no number, but the kinds give a weight and a score.
        var deepest = layout.Levels.Count == 0 ? null : layout.LevelWeightColumn(layout.Levels[^1]) ?? layout.WeightColumn;
        var weightCell = deepest is { } d ? row.Cell(d) : null;
        if (reading.ScoreCell is not null && reading.Names[^1].Weight is not null && (weightCell is null || !CellNumber.TryParse(weightCell.Text, out _)))
        {
            return true;
        }

        // A second weight column of the deepest level holding another number than its weight column: the row holds
        // cells of two rows ("绩效目标完成效率 | 4 | 5 | …" where a text rendering lost the other row's name).
        var lastName = nameColumns.DefaultIfEmpty(-1).Max();
        var deepestWeight = weightCell is not null && CellNumber.TryParse(weightCell.Text, out var dw) ? dw.Value : (decimal?)null;
        foreach (var extra in layout.ColumnsOf(ColumnRole.ExtraWeight).Where(c => c > lastName))
        {
            if (deepestWeight is not null && row.Cell(extra) is { } cell && cell != weightCell
                && CellNumber.TryParse(cell.Text, out var other) && other.Value != deepestWeight)
            {
                return true;
            }
        }

        // A name right of the name columns in a column the header does not explain.
        return reading.Names.Any(n => n.Cell.Column > lastName && layout.Columns[n.Cell.Column].Role == ColumnRole.None);
    }

    private static PrintedNumber? Number(TableCell cell) => CellNumber.TryParse(cell.Text, out var n) ? n : null;
}
