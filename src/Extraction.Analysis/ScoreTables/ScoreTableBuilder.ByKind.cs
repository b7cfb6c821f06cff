using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Rows that do not fit the header (cells dropped by a text rendering), read by cell kind.</summary>
internal sealed partial class ScoreTableBuilder
{
    /// <summary>Reads the row by kind when it does not fit the header; false when the column reading applies.</summary>
    private bool TryReadByKind(RowView row)
    {
        if (KindAlignment.Read(row) is not { } reading || !KindAlignment.Misfit(row, Layout, reading))
        {
            return false;
        }

        if (reading.Surplus)
        {
            // Cells of two rows (a name lost): which weight and score the name owns is a guess, so the row is left out.
            return true;
        }

        if (reading.ScoreCell is null && reading.HasNumbers)
        {
            // A name with a weight and no score: a higher level's own row, or the rest of a split row.
            AppendTexts(row, _drafts.LastOrDefault());
            return true;
        }

        // Only the last name is certain (the one the weight and score follow): which levels the names before
        // it held is a guess once cells are lost, and a guessed hierarchy would make false weight-sum findings.
        // The row stands on its own and leaves the inherited levels of the rows around it alone.
        var lowest = reading.Names[^1];
        var (name, embedded) = SplitName(TextNormalizer.RemoveWhitespace(lowest.Cell.Text), lowest.Weight is null);
        var weight = lowest.Weight ?? embedded;
        if (weight is not null && reading.Score is not null && reading.Score.Value.Value > weight.Value.Value)
        {
            // Above its weight: the kinds paired numbers from other rows' cells. Reporting it would turn a reading
            // slip into a score alarm, so the row is left out.
            return true;
        }

        var path = new List<IndicatorLevel> { new(name, weight?.Value) };
        var draft = new IndicatorDraft
        {
            Levels = path,
            Weight = weight,
            Score = reading.Score,
            Evidence = row.Evidence(reading.ScoreCell ?? lowest.Cell),
        };
        AppendTexts(row, draft);
        _drafts.Add(draft);
        return true;
    }
}
