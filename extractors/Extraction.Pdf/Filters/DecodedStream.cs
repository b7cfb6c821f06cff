namespace Extraction.Pdf.Filters;

/// <summary>Result of decoding: the bytes after the filters that were applied, and the filters that were not
/// (image filters, or an unknown filter), in order. Empty <see cref="RemainingFilters"/> means fully decoded.</summary>
internal sealed record DecodedStream(byte[] Data, IReadOnlyList<StreamFilter> RemainingFilters)
{
    public bool IsFullyDecoded => RemainingFilters.Count == 0;
}
