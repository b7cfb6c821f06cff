namespace Extraction.Results;

/// <summary>Contract "document.kind" values.</summary>
public static class DocumentKind
{
    public const string SelfAssessment = "self_assessment";
    public const string Verification = "verification";
    public const string ProjectEvaluation = "project_evaluation";
    public const string Other = "other";

    /// <summary>Not a report at all (a README, notes, the tool's own output): listed as skipped, never analysed.
    /// The classifier sets <see cref="DocumentMetadata.KindReason"/> to say why.</summary>
    public const string NotReport = "not_report";
}
