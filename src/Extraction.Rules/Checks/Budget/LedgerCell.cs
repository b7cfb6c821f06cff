using Extraction.Model;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks.Budget;

/// <summary>One cell of an amount table with its address in the document (physical table index, row, column).
/// <see cref="Anchor"/> is false where the position is only covered by a span of a cell to the left or above.</summary>
internal sealed record LedgerCell(string Text, Provenance Provenance, CellRef Ref, bool Anchor, int ColumnSpan)
{
    private static readonly string[] Dashes = ["-", "—", "－", "--", "——", "/"];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) || Dashes.Contains(Text.Trim());

    /// <summary>The amount this cell stands for: empty (or a dash) is exactly 0 in these tables; a printed number
    /// is every value that rounds half-up to it; a bare integer 0 is exact. False for text.</summary>
    public bool TryAmount(out Interval value)
    {
        value = Interval.Point(0m);
        if (IsEmpty)
        {
            return true;
        }

        if (!Anchor || ColumnSpan > 1 || !PrintedNumber.TryParse(Text, out var n))
        {
            return false;
        }

        value = n.Value == 0m && n.Decimals == 0 ? Interval.Point(0m) : Interval.HalfUp(n.Value, n.Decimals);
        return true;
    }

    /// <summary>The printed text, or "0" for an empty cell (shown in relations).</summary>
    public string Shown => IsEmpty ? "0" : Text.Trim();

    public decimal Value => PrintedNumber.TryParse(Text, out var n) ? n.Value : 0m;

    public Evidence Evidence(string? label = null) =>
        new(Provenance.Page, string.IsNullOrEmpty(label) ? Shown : $"{label} {Shown}")
        {
            Cell = Ref,
            Box = Provenance.Box,
            Confidence = Provenance.Confidence,
        };
}
