using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Extraction.Output.Reports;
using Extraction.Workspace.Review;
using Extraction.Workspace.Store;
using Extraction.Workspace.Text;

namespace Extraction.Workspace.Exports;

/// <summary>审核意见 for one document as Word (.docx): the document's particulars, how many findings were
/// confirmed, rejected or left to verify, and each confirmed finding with its figures, evidence (page and
/// quote), the reviewer's note, who decided and when. Text goes into runs as text (Open XML escapes it).</summary>
internal static class ReviewOpinion
{
    private const int MaxPictures = 60;

    public static byte[] Write(StoredDocument stored, Report report, IReadOnlyList<Decision> decisions, UiText text, EvidenceImages images, DateTime nowUtc)
    {
        var byFingerprint = decisions.ToDictionary(d => d.Fingerprint, StringComparer.Ordinal);
        var findings = ReviewService.Ordered(report).Select(x => (x.Finding, Decision: byFingerprint.GetValueOrDefault(FindingFingerprint.Of(x.Finding)))).ToArray();
        int Count(string verdict) => findings.Count(f => f.Decision?.Verdict == verdict);

        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            body.Append(Paragraph(text["opinion.title"], bold: true, size: 36, center: true));
            body.Append(Paragraph($"{text["opinion.file"]}：{stored.DisplayName}"));
            body.Append(Paragraph($"{text["opinion.department"]}：{report.Document.Department ?? "—"}"));
            body.Append(Paragraph($"{text["opinion.year"]}：{report.Document.Year?.ToString(CultureInfo.InvariantCulture) ?? "—"}"));
            body.Append(Paragraph($"{text["opinion.kind"]}：{text.Label("kind", report.Document.Kind)}"));
            body.Append(Paragraph("SHA-256：" + stored.Sha256, size: 16));
            var confirmed = findings.Where(f => f.Decision?.Verdict == Verdict.Confirmed).ToArray();
            body.Append(Paragraph(Format(text["opinion.summary"], findings.Length, Count(Verdict.Confirmed), Count(Verdict.Rejected), Count(Verdict.Pending))));
            if (confirmed.Length == 0)
            {
                body.Append(Paragraph(text["opinion.none"]));
            }

            var number = 0;
            var pictures = 0;
            foreach (var (finding, decision) in confirmed)
            {
                body.Append(Paragraph(Format(text["opinion.item"], ++number, text.Label("check", finding.Check), text.Label("severity", finding.Severity)), bold: true, size: 26));
                body.Append(Paragraph(finding.Message));
                var figures = new List<string>();
                Add(figures, text["item.stated"], finding.Stated);
                Add(figures, text["item.computed"], finding.Computed);
                Add(figures, text["item.difference"], finding.Difference);
                if (figures.Count > 0)
                {
                    body.Append(Paragraph(string.Join("；", figures)));
                }

                if (finding.Relation is { Length: > 0 } relation)
                {
                    body.Append(Paragraph($"{text["item.relation"]}：{relation}"));
                }

                foreach (var evidence in finding.Evidence.Take(5))
                {
                    body.Append(Paragraph(Format(text["opinion.evidence"], evidence.Page, evidence.Quote), size: 20));
                    // The page strip around the numbers, for PDFs (the renderer returns null for other formats).
                    if (pictures < MaxPictures && images.Png(report, evidence) is { } image)
                    {
                        body.Append(DocxPicture.Paragraph(main, CropPainter.Paint(image), image.Width, image.Height, (uint)++pictures));
                    }
                }

                if (decision!.Note.Length > 0)
                {
                    body.Append(Paragraph(text["opinion.note"] + decision.Note));
                }

                body.Append(Paragraph(Format(text["opinion.reviewer"], decision.Reviewer, Local(decision.DecidedUtc, text)), size: 20));
            }

            body.Append(Paragraph(Format(text["opinion.generated"], Local(nowUtc, text)), size: 18));
            main.Document.Save();
        }

        return memory.ToArray();
    }

    private static void Add(List<string> parts, string label, decimal? value)
    {
        if (value is { } v)
        {
            parts.Add($"{label}：{v.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    // A Chinese opinion gives Beijing time (UTC+8 all year), as its readers date letters; the English one UTC.
    private static string Local(DateTime utc, UiText text) => text.Language == "zh"
        ? utc.AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + text["time.beijing"]
        : utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string content, bool bold = false, int size = 22, bool center = false)
    {
        // Schema order: rFonts, b, sz.
        var properties = new RunProperties(new RunFonts { EastAsia = "SimSun", Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });

        var paragraph = new Paragraph();
        if (center)
        {
            paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        paragraph.Append(new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(Clean(content)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    // XML 1.0 cannot carry most control characters; document text may hold them.
    private static string Clean(string value) => new(value.Select(c => c is '\n' or '\r' ? ' ' : c).Where(c => c is '\t' || c >= ' ').ToArray());
}
