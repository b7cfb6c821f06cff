namespace Extraction.Results;

/// <summary>One of an indicator's printed scores when a table has several score columns: <see cref="Column"/> is
/// "self" (自评得分), "verified" (核查/复核/审核得分), "evaluator" (评价得分/专家评分) or "score" (plain 得分).</summary>
public sealed record ColumnScore(string Column, decimal Value, string Text);
