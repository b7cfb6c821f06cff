namespace Extraction.Workspace.Store;

/// <summary>A reviewer's decision on one finding, keyed by the document's SHA-256 and the finding's fingerprint
/// (not a row id), so it survives re-runs that produce the same finding.</summary>
public sealed record Decision(string Sha256, string Fingerprint, string Verdict, string Note, string Reviewer, DateTime DecidedUtc);
