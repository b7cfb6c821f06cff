using Extraction.Output.Reports;

namespace Extraction.Output.Html;

/// <summary>Renders the part of a source page an evidence points at, or returns null when it cannot.</summary>
public interface IEvidenceRenderer
{
    EvidenceImage? Render(Report report, ReportEvidence evidence);
}
