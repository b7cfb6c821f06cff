namespace Extraction.Results;

/// <summary>Contract "document.kind" values.</summary>
public static class DocumentKind
{
    public const string SelfAssessment = "self_assessment";
    public const string Verification = "verification";
    public const string ProjectEvaluation = "project_evaluation";
    public const string Other = "other";
}
