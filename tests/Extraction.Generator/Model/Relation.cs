namespace Extraction.Generator.Model;

/// <summary>A relation that holds by construction between printed mentions. <see cref="Kind"/> names the relation
/// (sum, weight_sum, score_total, subtotal, share, rate, change_rate, average, formula, rescore, score_bound, grade,
/// section_rate); <see cref="Op"/> how it is evaluated (sum, ratio, change, mean, product, le, grade, rule);
/// <see cref="Rule"/> the criterion for rescore relations.</summary>
public sealed record Relation(string Id, string Kind, string Op, string Result, IReadOnlyList<string> Operands)
{
    public ScoreRule? Rule { get; init; }
}
