using Extraction.Messages;

namespace Extraction.Results;

/// <summary>An inconsistency a check found. <see cref="Check"/> is a stable name from CONTRACT.md; the message,
/// relation and convention are catalog references, rendered in the output's language.</summary>
public sealed record Finding(
    string Check,
    Severity Severity,
    Msg Message,
    IReadOnlyList<Evidence> Evidence)
{
    public decimal? Stated { get; init; }

    public decimal? Computed { get; init; }

    public decimal? Difference { get; init; }

    public decimal? Tolerance { get; init; }

    public Impact Impact { get; init; } = Impact.None;

    /// <summary>The relation checked, both sides shown: "（52.30−18.40）÷18.40×100% = 184.24%，文中为206.52%".</summary>
    public Msg? Relation { get; init; }

    /// <summary>The convention tried (rounding mode, cap, ...), when one was.</summary>
    public Msg? Convention { get; init; }

    /// <summary>Indicator path the finding concerns, when it concerns one.</summary>
    public IReadOnlyList<string>? Indicator { get; init; }
}
