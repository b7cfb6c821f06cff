namespace Extraction.Distributed.Submit;

/// <summary>What a submit did: files submitted, how many were new content to the store, how many were queued
/// (the rest already had a result for this tool), and the files it could not read.</summary>
public sealed record SubmitSummary(int Submitted, int NewContent, int Queued, IReadOnlyList<string> Unreadable);
