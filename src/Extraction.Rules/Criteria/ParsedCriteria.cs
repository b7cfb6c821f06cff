using Extraction.Rules.Rulebooks;

namespace Extraction.Rules.Criteria;

/// <summary>What the criteria parser read from a 评分标准: band groups (one per measured variable), linear and
/// slope clauses, deduction, the points its items name, and the derived rule when a common shape fits.</summary>
public sealed record ParsedCriteria(
    IReadOnlyList<BandGroup> BandGroups,
    IReadOnlyList<decimal> ItemPoints,
    IReadOnlyList<decimal> LinearPoints,
    RuleSpec? Rule);
