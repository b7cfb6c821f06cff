using Extraction.Messages;

namespace Extraction.Output.Reports;

/// <summary>Writes a report's human text (finding messages, relations, conventions, problem messages) in one
/// language from its message references; text without a reference is kept as it is.</summary>
public static class ReportLanguage
{
    public static Report Render(Report report, Language language) =>
        report with
        {
            Findings = report.Findings.Select(f => f with
            {
                Message = f.MessageRef?.Render(language) ?? f.Message,
                Relation = f.RelationRef?.Render(language) ?? f.Relation,
                Convention = f.ConventionRef?.Render(language) ?? f.Convention,
            }).ToArray(),
            Problems = report.Problems.Select(p => p with { Message = p.MessageRef?.Render(language) ?? p.Message }).ToArray(),
        };
}
