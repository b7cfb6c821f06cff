using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>A row read by cell kind instead of by column: its names in order, each with the weight printed
/// after it, and the score. <paramref name="Surplus"/>: a number after the last name that no name took and that differs
/// from the last name's weight (the row holds cells of two rows).</summary>
internal sealed record KindReading(
    IReadOnlyList<(TableCell Cell, PrintedNumber? Weight)> Names, TableCell? ScoreCell, PrintedNumber? Score, bool HasNumbers, bool Surplus = false);
