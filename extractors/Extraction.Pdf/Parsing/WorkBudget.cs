namespace Extraction.Pdf.Parsing;

/// <summary>Per-document allowance of parsing work (tokens, scanned bytes), so that no crafted file —
/// reference chains, repeated recovery, huge arrays — keeps the reader busy without bound.</summary>
internal sealed class WorkBudget
{
    private long _remaining;

    public WorkBudget(long units) => _remaining = units;

    public static WorkBudget Unlimited => new(long.MaxValue);

    /// <summary>A budget proportional to the file: generous for real files, finite for hostile ones.</summary>
    public static WorkBudget ForFile(long fileLength) => new(20_000_000 + (fileLength * 8));

    public long Remaining => _remaining;

    public void Charge(long units)
    {
        _remaining -= units;
        if (_remaining < 0)
        {
            throw new PdfLimitException("work budget for this document exhausted (the file is too damaged or crafted to loop)");
        }
    }
}
