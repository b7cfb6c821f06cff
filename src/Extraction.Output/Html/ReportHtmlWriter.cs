using System.Globalization;
using System.Text;
using Extraction.Messages;
using Extraction.Output.Files;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;
using Extraction.Output.Tables;
using Extraction.Results;

namespace Extraction.Output.Html;

/// <summary>report.html: one self-contained page (inline CSS and SVG, images as data: URIs, a CSP that forbids
/// every fetch and script). Documents ranked by the severity of their findings; each finding with message,
/// stated vs computed, relation and evidence (a cropped page with the numbers boxed for PDFs, the quote
/// otherwise); a view per document with its score table; self-assessment ↔ verification pairs; score charts.
/// Every piece of document text goes through <see cref="HtmlText.Escape"/>.</summary>
public sealed class ReportHtmlWriter
{
    public const string FileName = "report.html";

    private const int MaxCropsPerFinding = 3;
    private const int MaxCropsPerReport = 200;

    private readonly IEvidenceRenderer? _renderer;
    private readonly Language _language;
    private int _crops;

    public ReportHtmlWriter(IEvidenceRenderer? renderer, Language language = Language.Zh)
    {
        _renderer = renderer;
        _language = language;
    }

    public void Write(IReadOnlyList<BatchEntry> entries, IReadOnlyList<DocumentPair> pairs, string outputDirectory) =>
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, FileName), Render(entries, pairs));

    public string Render(IReadOnlyList<BatchEntry> entries, IReadOnlyList<DocumentPair> pairs)
    {
        _crops = 0;
        var ranked = Rank(entries);
        var ids = ranked.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => $"doc-{x.i + 1}");
        var findings = entries.SelectMany(e => e.Report.Findings).ToArray();
        var html = new StringBuilder(1 << 16);
        html.Append("<!DOCTYPE html><html lang=\"").Append(_language == Language.En ? "en" : "zh-CN").Append("\"><head><meta charset=\"utf-8\">").Append(GeneratorMeta)
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(T("ui.title")).Append("</title><style>").Append(HtmlStyle.Css).Append("</style></head><body>");
        html.Append("<h1>").Append(T("ui.title")).Append("</h1>");
        html.Append("<p id=\"summary\">")
            .Append(T("ui.summary", ("documents", Count(entries.Count)), ("failed", Count(entries.Count(e => e.Report.Failed)))))
            .Append(Badge("error", findings.Count(f => f.Severity == "error")))
            .Append(Badge("warning", findings.Count(f => f.Severity == "warning")))
            .Append(Badge("info", findings.Count(f => f.Severity == "info")))
            .Append("</p>");
        html.Append("<nav><a href=\"#documents\">").Append(T("ui.nav_documents")).Append("</a><a href=\"#pairs\">").Append(T("ui.nav_pairs"))
            .Append("</a><a href=\"#charts\">").Append(T("ui.nav_charts")).Append("</a></nav>");

        AppendRanking(html, ranked, ids);
        AppendPairs(html, pairs);
        foreach (var entry in ranked)
        {
            AppendDocument(html, entry, ids[entry]);
        }

        html.Append("<section id=\"charts\"><h2>").Append(T("ui.charts")).Append("</h2>");
        ScoreCharts.Append(html, entries.Select(e => e.Report).ToArray(), _language);
        html.Append("</section>");

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>Marks the page as this tool's output, so a later run over a folder holding it skips it.</summary>
    public const string GeneratorMeta = OwnReport.GeneratorMeta;

    /// <summary>Worst severity first (a document that could not be processed ranks between warnings and infos:
    /// nobody has checked it), then the number of errors, the gravest impact, warnings, all findings, file path.</summary>
    public static IReadOnlyList<BatchEntry> Rank(IReadOnlyList<BatchEntry> entries) =>
        entries
            .OrderByDescending(e => e.Report.WorstSeverity is { } s ? 2 * ((int)s + 1) : e.Report.Failed ? 3 : 0)
            .ThenByDescending(e => e.Report.Findings.Count(f => f.Severity == "error"))
            .ThenByDescending(e => e.Report.Findings.Max(f => (int?)ImpactRank(f.Impact)) ?? 0)
            .ThenByDescending(e => e.Report.Findings.Count(f => f.Severity == "warning"))
            .ThenByDescending(e => e.Report.Findings.Count)
            .ThenBy(e => e.Report.Source.Path, StringComparer.Ordinal)
            .ToArray();

    private static int ImpactRank(string impact) => impact switch { "grade" => 3, "total" => 2, "score" => 1, _ => 0 };

    private void AppendRanking(StringBuilder html, IReadOnlyList<BatchEntry> ranked, Dictionary<BatchEntry, string> ids)
    {
        html.Append("<section id=\"documents\"><h2>").Append(T("ui.ranking")).Append("</h2><table class=\"ranking\"><tr><th>#</th>");
        foreach (var head in new[] { "ui.file", "ui.kind", "ui.department", "ui.year", "ui.total", "ui.grade", "ui.errors", "ui.warnings", "ui.infos", "ui.status" })
        {
            html.Append("<th>").Append(T(head)).Append("</th>");
        }

        html.Append("</tr>");
        var rank = 1;
        foreach (var entry in ranked)
        {
            var r = entry.Report;
            html.Append("<tr class=\"").Append(r.WorstSeverity is { } s ? "sev-" + ReportMapper.SeverityName(s) : string.Empty).Append("\"><td class=\"num\">")
                .Append(rank++.ToString(CultureInfo.InvariantCulture)).Append("</td><td><a href=\"#").Append(ids[entry]).Append("\">")
                .Append(HtmlText.Escape(r.Source.Name)).Append("</a></td><td>").Append(KindName(r.Document))
                .Append("</td><td>").Append(HtmlText.Escape(r.Document.Department)).Append("</td><td class=\"num\">")
                .Append(r.Document.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append("</td><td class=\"num\">")
                .Append(HtmlText.Number(r.Document.StatedTotal)).Append("</td><td>").Append(HtmlText.Escape(r.Document.StatedGrade)).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Findings.Count(f => f.Severity == "error")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Findings.Count(f => f.Severity == "warning")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Findings.Count(f => f.Severity == "info")}</td><td>")
                .Append("<span class=\"badge b-").Append(r.Status).Append("\" title=\"").Append(HtmlText.Escape(r.StatusReason)).Append("\">").Append(T("status." + r.Status)).Append("</span>")
                .Append(r.Problems.Count > 0 && !r.Failed ? "<span class=\"muted\">" + T("ui.problem_count", ("count", Count(r.Problems.Count))) + "</span>" : string.Empty)
                .Append("</td></tr>");
        }

        html.Append("</table></section>");
    }

    private void AppendPairs(StringBuilder html, IReadOnlyList<DocumentPair> pairs)
    {
        html.Append("<section id=\"pairs\"><h2>").Append(T("ui.pairs")).Append("</h2>");
        if (pairs.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(T("ui.no_pairs")).Append("</p></section>");
            return;
        }

        foreach (var pair in pairs)
        {
            html.Append("<div class=\"pair\"><h3>").Append(HtmlText.Escape(pair.Department)).Append(' ')
                .Append(pair.Year.ToString(CultureInfo.InvariantCulture)).Append("</h3><p>").Append(T("ui.self")).Append('：')
                .Append(HtmlText.Escape(pair.Self.Source.Name)).Append(" (").Append(HtmlText.Number(pair.Self.Document.StatedTotal))
                .Append(") · ").Append(T("ui.verification")).Append('：').Append(HtmlText.Escape(pair.Verification.Source.Name)).Append(" (")
                .Append(HtmlText.Number(pair.Verification.Document.StatedTotal)).Append(")</p>");
            html.Append("<table class=\"pairs\"><tr>");
            foreach (var head in new[] { "ui.indicator", "ui.weight", "ui.self_score", "ui.verified_score", "ui.difference", "ui.match" })
            {
                html.Append("<th>").Append(T(head)).Append("</th>");
            }

            html.Append("</tr>");
            foreach (var row in pair.Rows)
            {
                var name = string.Join(" / ", row.VerifiedPath ?? row.SelfPath ?? []);
                var diff = row.Difference;
                html.Append("<tr").Append(diff is { } d && d != 0 ? " class=\"mismatch\"" : string.Empty).Append("><td>").Append(HtmlText.Escape(name))
                    .Append("</td><td class=\"num\">").Append(HtmlText.Number(row.Weight))
                    .Append("</td><td class=\"num\">").Append(HtmlText.Number(row.SelfScore))
                    .Append("</td><td class=\"num\">").Append(HtmlText.Number(row.VerifiedScore))
                    .Append("</td><td class=\"num").Append(diff is { } d2 && d2 != 0 ? " diff-nonzero" : string.Empty).Append("\">").Append(HtmlText.Number(diff))
                    .Append("</td><td>").Append(HtmlText.Escape(row.Match)).Append("</td></tr>");
            }

            html.Append("</table></div>");
        }

        html.Append("</section>");
    }

    private void AppendDocument(StringBuilder html, BatchEntry entry, string id)
    {
        var r = entry.Report;
        html.Append("<section class=\"document\" id=\"").Append(id).Append("\"><h2>").Append(HtmlText.Escape(r.Source.Name)).Append("</h2>");
        html.Append("<table class=\"meta\">")
            .Append(Row(T("ui.path"), HtmlText.Escape(r.Source.Path)))
            .Append(Row("SHA-256", HtmlText.Escape(r.Source.Sha256)))
            .Append(Row(T("ui.format_pages"), T("format." + r.Source.Format, r.Source.Format) + " / " + r.Source.Pages.ToString(CultureInfo.InvariantCulture)))
            .Append(Row(T("ui.doc_title"), HtmlText.Escape(r.Document.Title)))
            .Append(Row(T("ui.kind"), KindName(r.Document)))
            .Append(Row(T("ui.department"), HtmlText.Escape(r.Document.Department)))
            .Append(Row(T("ui.year"), r.Document.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty))
            .Append(Row(T("ui.evaluator"), HtmlText.Escape(r.Document.Evaluator)))
            .Append(Row(T("ui.total_grade"), HtmlText.Number(r.Document.StatedTotal) + " / " + HtmlText.Escape(r.Document.StatedGrade)))
            .Append(Row(T("ui.result_file"), HtmlText.Escape(entry.OutputName)))
            .Append("</table>");
        if (r.Problems.Count > 0)
        {
            html.Append("<h3>").Append(T("ui.problems")).Append("</h3><ul class=\"problems\">");
            foreach (var p in r.Problems)
            {
                html.Append("<li><b>").Append(T("stage." + p.Stage, p.Stage)).Append("</b>：").Append(HtmlText.Escape(p.MessageRef?.Render(_language) ?? p.Message)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h3>").Append(T("ui.findings")).Append("</h3>");
        if (r.Findings.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(T("ui.none")).Append("</p>");
        }

        foreach (var finding in r.Findings.OrderByDescending(f => Report.SeverityOf(f.Severity)).ThenByDescending(f => ImpactRank(f.Impact)))
        {
            AppendFinding(html, r, finding);
        }

        AppendScoreTable(html, r);
        html.Append("</section>");
    }

    private void AppendFinding(StringBuilder html, Report report, ReportFinding finding)
    {
        var severity = Report.SeverityOf(finding.Severity);
        var name = ReportMapper.SeverityName(severity);
        html.Append("<article class=\"finding sev-").Append(name).Append("\"><div>").Append(Badge(name, null))
            .Append("<b>").Append(T("check." + finding.Check, finding.Check)).Append("</b> <code>").Append(HtmlText.Escape(finding.Check)).Append("</code> · ")
            .Append(T("ui.impact")).Append(T("impact." + finding.Impact, finding.Impact));
        if (finding.Indicator is { Count: > 0 } path)
        {
            html.Append(" · ").Append(HtmlText.Escape(string.Join(" / ", path)));
        }

        html.Append("</div><p class=\"message\">").Append(HtmlText.Escape(finding.MessageRef?.Render(_language) ?? finding.Message)).Append("</p>");
        html.Append("<table class=\"numbers\"><tr><th>").Append(T("ui.stated")).Append("</th><th>").Append(T("ui.computed")).Append("</th><th>")
            .Append(T("ui.difference")).Append("</th><th>").Append(T("ui.tolerance")).Append("</th></tr><tr>")
            .Append("<td class=\"num\">").Append(HtmlText.Number(finding.Stated)).Append("</td><td class=\"num\">").Append(HtmlText.Number(finding.Computed))
            .Append("</td><td class=\"num\">").Append(HtmlText.Number(finding.Difference)).Append("</td><td class=\"num\">").Append(HtmlText.Number(finding.Tolerance))
            .Append("</td></tr></table>");
        var relation = finding.RelationRef?.Render(_language) ?? finding.Relation;

        var convention = finding.ConventionRef?.Render(_language) ?? finding.Convention;
        if (!string.IsNullOrWhiteSpace(convention))
        {
            html.Append("<p class=\"muted\">").Append(T("ui.convention")).Append(HtmlText.Escape(convention)).Append("</p>");
        }

        // The document's side (crops with the numbers boxed, or quotes with them marked) beside the computed side.
        html.Append("<div class=\"sides\"><div class=\"evidence\">");
        var crops = new List<(EvidenceImage Image, List<(EvidencePixels Box, bool Number)> Boxes, List<ReportEvidence> Evidence)>();
        foreach (var evidence in finding.Evidence)
        {
            var image = crops.Count < MaxCropsPerFinding && _crops < MaxCropsPerReport ? _renderer?.Render(report, evidence) : null;
            if (image is null)
            {
                html.Append("<blockquote class=\"quote\">").Append(T("ui.page", ("page", Count(evidence.Page)))).Append('：')
                    .Append(MarkedQuote(evidence)).Append("</blockquote>");
                continue;
            }

            // The numbers boxed in red; without located numbers, the evidence's region in a lighter frame.
            IEnumerable<(EvidencePixels, bool)> boxes = image.Marks.Count > 0 ? image.Marks.Select(m => (m, true)) : image.Box is { } b ? [(b, false)] : [];
            // One crop per place: evidence in the same region (same rendered image) adds its boxes to the crop shown.
            var same = crops.FindIndex(c => ReferenceEquals(c.Image.Png, image.Png));
            if (same >= 0)
            {
                crops[same].Boxes.AddRange(boxes);
                crops[same].Evidence.Add(evidence);
                continue;
            }

            _crops++;
            crops.Add((image, boxes.ToList(), [evidence]));
        }

        foreach (var (image, boxes, evidence) in crops)
        {
            var page = evidence[0].Page;
            html.Append("<figure class=\"crop\"><div class=\"frame\" style=\"width:").Append(image.Width.ToString(CultureInfo.InvariantCulture))
                .Append("px;height:").Append(image.Height.ToString(CultureInfo.InvariantCulture)).Append("px\"><img alt=\"").Append(T("ui.page", ("page", Count(page)))).Append("\" width=\"").Append(image.Width.ToString(CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append(image.Height.ToString(CultureInfo.InvariantCulture)).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(image.Png)).Append("\">");
            var marked = boxes.Any(x => x.Number);
            foreach (var (box, number) in boxes.Distinct())
            {
                html.Append(number || !marked ? "<div class=\"box\" style=\"left:" : "<div class=\"box region\" style=\"left:").Append(HtmlText.Px(box.Left)).Append("px;top:").Append(HtmlText.Px(box.Top))
                    .Append("px;width:").Append(HtmlText.Px(box.Width)).Append("px;height:").Append(HtmlText.Px(box.Height)).Append("px\"></div>");
            }

            html.Append("</div><figcaption>").Append(T("ui.page", ("page", Count(page)))).Append('：')
                .Append(string.Join(" / ", evidence.DistinctBy(e => e.Quote).Select(MarkedQuote))).Append("</figcaption></figure>");
        }

        html.Append("</div><div class=\"other\">");
        if (!string.IsNullOrWhiteSpace(relation))
        {
            html.Append("<p class=\"relation\">").Append(HtmlText.Escape(relation)).Append("</p>");
        }

        html.Append("</div></div>");
        html.Append("</div></article>");
    }

    private void AppendScoreTable(StringBuilder html, Report report)
    {
        html.Append("<h3>").Append(T("ui.score_table")).Append("</h3>");
        if (report.Indicators.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(T("ui.no_score_table")).Append("</p>");
            return;
        }

        var depth = Math.Max(1, report.Indicators.Max(i => i.Path.Count));
        html.Append("<table class=\"scores\"><tr>");
        for (var level = 0; level < depth; level++)
        {
            html.Append("<th>").Append(T("ui.level", ("level", Count(level + 1)))).Append("</th>");
        }

        foreach (var head in new[] { "ui.weight", "ui.score", "ui.recomputed", "ui.rule", "ui.page_column" })
        {
            html.Append("<th>").Append(T(head)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var indicator in report.Indicators)
        {
            var mismatch = indicator.Recomputed is { } rc && indicator.Score is { } sc && rc != sc;
            html.Append(mismatch ? "<tr class=\"mismatch\">" : "<tr>");
            for (var level = 0; level < depth; level++)
            {
                html.Append("<td>").Append(level < indicator.Path.Count ? HtmlText.Escape(indicator.Path[level]) : string.Empty).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(HtmlText.Number(indicator.Weight)).Append("</td><td class=\"num\">").Append(HtmlText.Number(indicator.Score))
                .Append("</td><td class=\"num\">").Append(HtmlText.Number(indicator.Recomputed)).Append("</td>").Append(RuleCell(indicator.Rule))
                .Append("</td><td class=\"num\">").Append(indicator.Page.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    // The rule id ("criteria:qualitative", "zhanjiang-2019:sum") read as words: the scoring shape and where the rule
    // came from (the table's own criteria or a rulebook); the id itself stays as the cell's tooltip and in the CSV.
    private string RuleCell(string? rule)
    {
        if (string.IsNullOrEmpty(rule))
        {
            return "<td></td>";
        }

        var colon = rule.LastIndexOf(':');
        var shape = colon >= 0 ? rule[(colon + 1)..] : rule;
        var source = colon >= 0 && rule[..colon] == "criteria" ? "rule.source_criteria" : "rule.source_book";
        var label = MessageCatalog.Default.Has("rule.shape_" + shape, _language) ? T("rule.shape_" + shape) + T(source) : HtmlText.Escape(rule);
        return $"<td title=\"{HtmlText.Escape(rule)}\">{label}</td>";
    }

    private static string Row(string label, string valueHtml) => $"<tr><th>{label}</th><td>{valueHtml}</td></tr>";

    private string Badge(string severity, int? count) =>
        $"<span class=\"badge b-{severity}\">{T("severity." + severity, severity)}{(count is { } c ? " " + c.ToString(CultureInfo.InvariantCulture) : string.Empty)}</span>";

    /// <summary>Catalog text in the report's language, HTML-escaped; <paramref name="fallback"/> (escaped) when the id is unknown.</summary>
    private string T(string id, string? fallback = null) =>
        HtmlText.Escape(fallback is not null && !MessageCatalog.Default.Has(id, _language) ? fallback : MessageCatalog.Default.Text(id, _language));

    private string T(string id, params MsgArg[] args) => HtmlText.Escape(Msg.Of(id, args).Render(_language));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The quote, escaped, with the evidence's printed number marked (&lt;mark&gt;) wherever it occurs.</summary>
    private static string MarkedQuote(ReportEvidence evidence)
    {
        var quote = evidence.Quote;
        if (evidence.Number is not { Length: > 0 } number || number.Count(char.IsDigit) < 2)
        {
            return HtmlText.Escape(quote);
        }

        // Whole numbers only: 52.30 is not marked inside 152.30 or 52.301.
        var sb = new StringBuilder();
        var from = 0;
        for (var at = quote.IndexOf(number, StringComparison.Ordinal); at >= 0; at = quote.IndexOf(number, at + number.Length, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            if ((at > 0 && (char.IsDigit(quote[at - 1]) || (quote[at - 1] is '.' or ',' && at > 1 && char.IsDigit(quote[at - 2])))) || (end < quote.Length && char.IsDigit(quote[end])))
            {
                continue;
            }

            sb.Append(HtmlText.Escape(quote[from..at])).Append("<mark>").Append(HtmlText.Escape(number)).Append("</mark>");
            from = end;
        }

        return sb.Append(HtmlText.Escape(quote[from..])).ToString();
    }

    /// <summary>The document's kind in words ("部门整体支出绩效自评报告"), the finer subkind when there is one.</summary>
    private string KindName(ReportDocument document) =>
        document.Subkind is { } sub && MessageCatalog.Default.Has("kind." + sub, _language) ? T("kind." + sub) : T("kind." + document.Kind, document.Kind);
}
