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

        if (!Anchor || ColumnSpan > 1)
        {
            return false;
        }

        if (!WellFormed(Text) || DecimalsLost(Text, Provenance.Confidence))
        {
            return Damaged(Text, out value);
        }

        if (!PrintedNumber.TryParse(Text, out var n))
        {
            return false;
        }

        value = n.Value == 0m && n.Decimals == 0 ? Interval.Point(0m) : Interval.HalfUp(n.Value, n.Decimals);
        return true;
    }

    /// <summary>Whether a number printed with thousands separators is grouped as printed numbers are (1–3 digits, then
    /// groups of three, then the decimals): "5,164,76.13", "18,168,1." and "6,851,.3" are digits lost in reading (OCR),
    /// read by <see cref="Damaged"/>.</summary>
    internal static bool WellFormed(string text)
    {
        var t = TextNormalizer.ToHalfWidth(text.Trim()).TrimStart('-', '+', '−');
        if (!t.Contains(',', StringComparison.Ordinal))
        {
            return !t.EndsWith('.');
        }

        var dot = t.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? t : t[..dot];
        var groups = whole.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3)
            && groups.All(g => g.All(char.IsAsciiDigit)) && (dot < 0 || (dot < t.Length - 1 && t[(dot + 1)..].All(char.IsAsciiDigit)));
    }

    /// <summary>A doubtful OCR reading (under the findings' low-confidence line) of an amount grouped in thousands with
    /// fewer than two decimals ("6,007,852" for 6,007,852.82, "12,567,319.1" for 12,567,319.21): a faint scan's small
    /// decimals are what recognition loses, so only its whole units were read (<see cref="Damaged"/>). A sure reading, or
    /// text, is taken as printed.</summary>
    internal static bool DecimalsLost(string text, double? confidence)
    {
        if (confidence is not < Results.Evidence.LowConfidence)
        {
            return false;
        }

        var t = TextNormalizer.ToHalfWidth(text.Trim());
        var dot = t.IndexOf('.', StringComparison.Ordinal);
        return t.Contains(',', StringComparison.Ordinal) && (dot < 0 || t.Length - dot - 1 < 2);
    }

    /// <summary>A number read with digits lost (OCR) stands for every value its intact leading groups allow: the groups
    /// before the first short one are exact, the rest unknown ("5,164,76.13" is 5,164,000 to 5,165,000; "10,28,9." is
    /// 10,000,000 to 11,000,000), so a sum over it is judged only by what was read. False when the first group is
    /// damaged too.</summary>
    internal static bool Damaged(string text, out Interval value)
    {
        value = Interval.Point(0m);
        var t = TextNormalizer.ToHalfWidth(text.Trim());
        var negative = t.StartsWith('-') || t.StartsWith('−');
        t = t.TrimStart('-', '+', '−');
        var dot = t.IndexOf('.', StringComparison.Ordinal);
        var groups = (dot < 0 ? t : t[..dot]).Split(',');
        if (groups[0].Length is < 1 or > 3 || !groups.All(g => g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var intact = 1;
        while (intact < groups.Length && groups[intact].Length == 3)
        {
            intact++;
        }

        var prefix = decimal.Parse(string.Concat(groups.Take(intact)), System.Globalization.CultureInfo.InvariantCulture);
        var scale = 1m;
        for (var i = intact; i < groups.Length; i++)
        {
            scale *= 1000m;
        }

        // Every group intact: only the decimals were lost, so the value lies within the next whole unit.
        var (lo, hi) = (prefix * scale, (prefix + 1) * scale);
        value = negative ? new Interval(-hi, -lo) : new Interval(lo, hi);
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
