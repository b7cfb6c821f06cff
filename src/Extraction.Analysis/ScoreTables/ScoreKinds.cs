namespace Extraction.Analysis.ScoreTables;

/// <summary>Whose score a score column holds, kept in <see cref="ColumnAssignment.Level"/> of score columns. The
/// main score of a row is the verifier's, else the evaluator's, else the plain 得分; the self score is kept apart.</summary>
internal static class ScoreKinds
{
    public const int Plain = 0;
    public const int Self = 1;
    public const int Verified = 2;
    public const int Evaluator = 3;

    private static readonly string[] SelfWords = ["自评", "自查"];
    private static readonly string[] VerifiedWords = ["核查", "复核", "审核", "核定", "复查", "核实"];
    private static readonly string[] EvaluatorWords = ["评价得分", "评价评分", "专家", "评审", "第三方", "评价组", "绩效评价"];

    /// <summary>The kind a header (or a total/grade row label) names; <see cref="Plain"/> when it names none.</summary>
    public static int Of(string key)
    {
        if (VerifiedWords.Any(w => key.Contains(w, StringComparison.Ordinal)))
        {
            return Verified;
        }

        if (EvaluatorWords.Any(w => key.Contains(w, StringComparison.Ordinal)))
        {
            return Evaluator;
        }

        return SelfWords.Any(w => key.Contains(w, StringComparison.Ordinal)) ? Self : Plain;
    }

    /// <summary>Priority of a kind for the main score column (higher wins).</summary>
    public static int Priority(int kind) => kind switch
    {
        Verified => 3,
        Evaluator => 2,
        Plain => 1,
        _ => 0,
    };

    public static string Name(int kind) => kind switch
    {
        Self => "self",
        Verified => "verified",
        Evaluator => "evaluator",
        _ => "score",
    };
}
