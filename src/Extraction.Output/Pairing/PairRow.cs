namespace Extraction.Output.Pairing;

/// <summary>One indicator of a pair. A side is null when the other report has no matching indicator.
/// <see cref="Match"/> says how the names matched: "path", "name", "fuzzy:NN", "self_only" or "verification_only".</summary>
public sealed record PairRow(
    IReadOnlyList<string>? SelfPath,
    IReadOnlyList<string>? VerifiedPath,
    decimal? Weight,
    decimal? SelfScore,
    decimal? VerifiedScore,
    string Match)
{
    public decimal? Difference => SelfScore is { } s && VerifiedScore is { } v ? v - s : null;
}
