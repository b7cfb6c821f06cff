namespace Extraction.Rules.Checks;

/// <summary>Stable check names (CONTRACT.md; additions documented in docs/rules.md).</summary>
public static class CheckNames
{
    public const string Sum = "sum_mismatch";
    public const string Ratio = "ratio_mismatch";
    public const string Average = "average_mismatch";
    public const string Formula = "formula_mismatch";
    public const string ScoreExceedsWeight = "score_exceeds_weight";
    public const string Rescore = "rescore_mismatch";
    public const string WeightSum = "weight_sum_mismatch";
    public const string Total = "total_mismatch";
    public const string Grade = "grade_mismatch";
    public const string TextTable = "text_table_mismatch";
    public const string TextText = "text_text_mismatch";
    public const string TableTable = "table_table_mismatch";
    public const string Unit = "unit_mismatch";
    public const string RuleText = "rule_text_defect";
    public const string Comparison = "comparison_mismatch";
    public const string Year = "year_mismatch";
}
