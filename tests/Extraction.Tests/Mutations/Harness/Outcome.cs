using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>What the pipeline made of one mutated copy.</summary>
internal sealed record Outcome(string Document, Mutation Mutation, OutcomeStatus Status)
{
    /// <summary>The new finding that names the mutated number (detected) or the first new one (elsewhere).</summary>
    public Finding? Finding { get; init; }
}

internal enum OutcomeStatus
{
    /// <summary>A new error or warning names the changed number or a relation containing it.</summary>
    Detected,

    /// <summary>New errors or warnings, none about the changed number.</summary>
    Elsewhere,

    /// <summary>No new error or warning; only a new info finding about the changed number (the product reconciled it
    /// under a rounding convention: truncation, rounded item scores). Counted as missed in recall, shown apart.</summary>
    InfoOnly,

    /// <summary>No new error or warning.</summary>
    Missed,

    /// <summary>The pipeline's output did not change: the edit did not reach what the reader extracts
    /// (excluded from recall; counts a harness or reader limit, not a check's).</summary>
    NoEffect,
}
