namespace Extraction.Rules.Checks;

/// <summary>The catalog term naming a score column (<see cref="Extraction.Results.ColumnScore.Column"/>) in findings.</summary>
internal static class ColumnTerms
{
    public static string Of(string column) => column switch
    {
        "self" => "term.column_self",
        "verified" => "term.column_verified",
        "evaluator" => "term.column_evaluator",
        _ => "term.column_score",
    };
}
