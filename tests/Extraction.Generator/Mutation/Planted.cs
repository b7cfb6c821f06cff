namespace Extraction.Generator.Mutation;

/// <summary>One planted error: which mention changed how (operator), what the relation kind aimed at was, the printed
/// text and value before and after, the relations and groups it breaks, the check names a correct finding may carry,
/// and the mentions a finding may touch (the changed one and the other members of what it broke).</summary>
public sealed record Planted(
    string Mention,
    string Operator,
    string Origin,
    string TargetKind,
    string From,
    string To,
    decimal FromValue,
    decimal ToValue,
    IReadOnlyList<string> BrokenRelations,
    IReadOnlyList<string> BrokenKinds,
    IReadOnlyList<string> BrokenGroups,
    IReadOnlyList<string> Checks,
    IReadOnlyList<string> Touch);
