using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>A printed token the harness may change: its kind (what a tester would aim at), the token as
/// printed, the key text either side of it in reading order (to find it in the source file) and what
/// a finding about it would name: the indicator path, the table cell, the relation's other numbers.</summary>
internal sealed record Target(string Kind, string Text, string Left, string Right, string Where)
{
    public IReadOnlyList<string>? Indicator { get; init; }

    public CellRef? Cell { get; init; }

    /// <summary>The token is a grade word, not a number.</summary>
    public bool IsGrade { get; init; }

    /// <summary>For a unit mutation: the printed unit after the number (万元 or 元).</summary>
    public string? Unit { get; init; }

    /// <summary>Checks whose relation contains the target by construction (a score is part of Σ scores = total).</summary>
    public IReadOnlyList<string> RelationChecks { get; init; } = [];

    /// <summary>The relation the target takes part in, when the harness knows it (to tell a change that stays
    /// inside the relation's rounding from one that does not).</summary>
    public Relation? Relation { get; init; }

    /// <summary>The other printed numbers of the relation: a finding of a relation check naming one of them is about it.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>The printed formula the target is an operand or the result of.</summary>
    public FormulaRelation? Formula { get; init; }

    /// <summary>The target's own number within <see cref="Relation"/>.</summary>
    public Operand? Operand { get; init; }
}
