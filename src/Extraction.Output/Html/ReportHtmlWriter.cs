using System.Globalization;
using System.Text;
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
    private int _crops;

    public ReportHtmlWriter(IEvidenceRenderer? renderer)
    {
        _renderer = renderer;
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
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Extraction report 绩效报告核查</title><style>").Append(HtmlStyle.Css).Append("</style></head><body>");
        html.Append("<h1>Extraction report 绩效报告核查结果</h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p id=\"summary\">{entries.Count} documents, {entries.Count(e => e.Report.Failed)} could not be processed; findings: ")
            .Append(Badge("error", findings.Count(f => f.Severity == "error")))
            .Append(Badge("warning", findings.Count(f => f.Severity == "warning")))
            .Append(Badge("info", findings.Count(f => f.Severity == "info")))
            .Append("</p>");
        html.Append("<nav><a href=\"#documents\">Documents 文档</a><a href=\"#pairs\">Self vs verified 自评与核查</a><a href=\"#charts\">Score charts 得分分布</a></nav>");

        AppendRanking(html, ranked, ids);
        AppendPairs(html, pairs);
        foreach (var entry in ranked)
        {
            AppendDocument(html, entry, ids[entry]);
        }

        html.Append("<section id=\"charts\"><h2>Score distributions by indicator 各指标得分分布</h2>");
        ScoreCharts.Append(html, entries.Select(e => e.Report).ToArray());
        html.Append("</section>");

        html.Append("</body></html>\n");
        return html.ToString();
    }

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

    private static void AppendRanking(StringBuilder html, IReadOnlyList<BatchEntry> ranked, Dictionary<BatchEntry, string> ids)
    {
        html.Append("<section id=\"documents\"><h2>Documents ranked by findings 按问题严重程度排序</h2><table class=\"ranking\"><tr>")
            .Append("<th>#</th><th>文件 file</th><th>类型 kind</th><th>部门 department</th><th>年度 year</th><th>总分 total</th><th>等级 grade</th>")
            .Append("<th>错误 errors</th><th>警告 warnings</th><th>提示 info</th><th>状态 status</th></tr>");
        var rank = 1;
        foreach (var entry in ranked)
        {
            var r = entry.Report;
            html.Append("<tr class=\"").Append(r.WorstSeverity is { } s ? "sev-" + ReportMapper.SeverityName(s) : string.Empty).Append("\"><td class=\"num\">")
                .Append(rank++.ToString(CultureInfo.InvariantCulture)).Append("</td><td><a href=\"#").Append(ids[entry]).Append("\">")
                .Append(HtmlText.Escape(r.Source.Name)).Append("</a></td><td>").Append(HtmlText.Escape(r.Document.Kind))
                .Append("</td><td>").Append(HtmlText.Escape(r.Document.Department)).Append("</td><td class=\"num\">")
                .Append(r.Document.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append("</td><td class=\"num\">")
                .Append(HtmlText.Number(r.Document.StatedTotal)).Append("</td><td>").Append(HtmlText.Escape(r.Document.StatedGrade)).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Findings.Count(f => f.Severity == "error")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Findings.Count(f => f.Severity == "warning")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{r.Findings.Count(f => f.Severity == "info")}</td><td>")
                .Append(r.Failed ? "<span class=\"badge b-failed\">failed</span>" : "<span class=\"badge b-ok\">ok</span>")
                .Append(r.Problems.Count > 0 && !r.Failed ? $"<span class=\"muted\">{r.Problems.Count} problem(s)</span>" : string.Empty)
                .Append("</td></tr>");
        }

        html.Append("</table></section>");
    }

    private static void AppendPairs(StringBuilder html, IReadOnlyList<DocumentPair> pairs)
    {
        html.Append("<section id=\"pairs\"><h2>Self-assessment vs verification 自评与核查对照</h2>");
        if (pairs.Count == 0)
        {
            html.Append("<p class=\"muted\">No self-assessment and verification report of the same department and year in this batch.</p></section>");
            return;
        }

        foreach (var pair in pairs)
        {
            html.Append("<div class=\"pair\"><h3>").Append(HtmlText.Escape(pair.Department)).Append(' ')
                .Append(pair.Year.ToString(CultureInfo.InvariantCulture)).Append("</h3><p>自评 self: ")
                .Append(HtmlText.Escape(pair.Self.Source.Name)).Append(" (").Append(HtmlText.Number(pair.Self.Document.StatedTotal))
                .Append(") · 核查 verification: ").Append(HtmlText.Escape(pair.Verification.Source.Name)).Append(" (")
                .Append(HtmlText.Number(pair.Verification.Document.StatedTotal)).Append(")</p>");
            html.Append("<table class=\"pairs\"><tr><th>指标 indicator</th><th>分值 weight</th><th>自评 self</th><th>核查 verified</th><th>差额 difference</th><th>匹配 match</th></tr>");
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
            .Append(Row("路径 path", HtmlText.Escape(r.Source.Path)))
            .Append(Row("SHA-256", HtmlText.Escape(r.Source.Sha256)))
            .Append(Row("格式 format / 页数 pages", HtmlText.Escape(r.Source.Format) + " / " + r.Source.Pages.ToString(CultureInfo.InvariantCulture)))
            .Append(Row("标题 title", HtmlText.Escape(r.Document.Title)))
            .Append(Row("类型 kind", HtmlText.Escape(r.Document.Kind)))
            .Append(Row("部门 department", HtmlText.Escape(r.Document.Department)))
            .Append(Row("年度 year", r.Document.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty))
            .Append(Row("评价机构 evaluator", HtmlText.Escape(r.Document.Evaluator)))
            .Append(Row("总分 stated total / 等级 grade", HtmlText.Number(r.Document.StatedTotal) + " / " + HtmlText.Escape(r.Document.StatedGrade)))
            .Append(Row("结果 result", HtmlText.Escape(entry.OutputName)))
            .Append("</table>");
        if (r.Problems.Count > 0)
        {
            html.Append("<h3>Problems 处理问题</h3><ul class=\"problems\">");
            foreach (var p in r.Problems)
            {
                html.Append("<li><b>").Append(HtmlText.Escape(p.Stage)).Append("</b>: ").Append(HtmlText.Escape(p.Message)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<h3>Findings 发现的问题</h3>");
        if (r.Findings.Count == 0)
        {
            html.Append("<p class=\"muted\">None.</p>");
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
            .Append("<b>").Append(HtmlText.Escape(finding.Check)).Append("</b> · impact ").Append(HtmlText.Escape(finding.Impact));
        if (finding.Indicator is { Count: > 0 } path)
        {
            html.Append(" · ").Append(HtmlText.Escape(string.Join(" / ", path)));
        }

        html.Append("</div><p class=\"message\">").Append(HtmlText.Escape(finding.Message)).Append("</p>");
        html.Append("<table class=\"numbers\"><tr><th>文中 stated</th><th>计算 computed</th><th>差额 difference</th><th>容差 tolerance</th></tr><tr>")
            .Append("<td class=\"num\">").Append(HtmlText.Number(finding.Stated)).Append("</td><td class=\"num\">").Append(HtmlText.Number(finding.Computed))
            .Append("</td><td class=\"num\">").Append(HtmlText.Number(finding.Difference)).Append("</td><td class=\"num\">").Append(HtmlText.Number(finding.Tolerance))
            .Append("</td></tr></table>");
        if (!string.IsNullOrWhiteSpace(finding.Relation))
        {
            html.Append("<p class=\"relation\">").Append(HtmlText.Escape(finding.Relation)).Append("</p>");
        }

        if (!string.IsNullOrWhiteSpace(finding.Convention))
        {
            html.Append("<p class=\"muted\">convention: ").Append(HtmlText.Escape(finding.Convention)).Append("</p>");
        }

        html.Append("<div class=\"evidence\">");
        var shown = 0;
        foreach (var evidence in finding.Evidence)
        {
            var image = shown < MaxCropsPerFinding && _crops < MaxCropsPerReport ? _renderer?.Render(report, evidence) : null;
            if (image is not null)
            {
                shown++;
                _crops++;
                html.Append("<figure class=\"crop\"><div class=\"frame\" style=\"width:").Append(image.Width.ToString(CultureInfo.InvariantCulture))
                    .Append("px;height:").Append(image.Height.ToString(CultureInfo.InvariantCulture)).Append("px\"><img alt=\"page ")
                    .Append(evidence.Page.ToString(CultureInfo.InvariantCulture)).Append("\" width=\"").Append(image.Width.ToString(CultureInfo.InvariantCulture))
                    .Append("\" height=\"").Append(image.Height.ToString(CultureInfo.InvariantCulture)).Append("\" src=\"data:image/png;base64,")
                    .Append(Convert.ToBase64String(image.Png)).Append("\">");
                if (image.Box is { } box)
                {
                    html.Append("<div class=\"box\" style=\"left:").Append(HtmlText.Px(box.Left)).Append("px;top:").Append(HtmlText.Px(box.Top))
                        .Append("px;width:").Append(HtmlText.Px(box.Width)).Append("px;height:").Append(HtmlText.Px(box.Height)).Append("px\"></div>");
                }

                html.Append("</div><figcaption>p. ").Append(evidence.Page.ToString(CultureInfo.InvariantCulture)).Append(": ")
                    .Append(HtmlText.Escape(evidence.Quote)).Append("</figcaption></figure>");
            }
            else
            {
                html.Append("<blockquote class=\"quote\">p. ").Append(evidence.Page.ToString(CultureInfo.InvariantCulture)).Append(": ")
                    .Append(HtmlText.Escape(evidence.Quote)).Append("</blockquote>");
            }
        }

        html.Append("</div></article>");
    }

    private static void AppendScoreTable(StringBuilder html, Report report)
    {
        html.Append("<h3>Score table 评分表 (as extracted; recomputed beside printed)</h3>");
        if (report.Indicators.Count == 0)
        {
            html.Append("<p class=\"muted\">No score table extracted.</p>");
            return;
        }

        var depth = Math.Max(1, report.Indicators.Max(i => i.Path.Count));
        html.Append("<table class=\"scores\"><tr>");
        for (var level = 0; level < depth; level++)
        {
            html.Append("<th>").Append(LevelName(level)).Append("</th>");
        }

        html.Append("<th>分值 weight</th><th>得分 score</th><th>复算 recomputed</th><th>规则 rule</th><th>页 page</th></tr>");
        foreach (var indicator in report.Indicators)
        {
            var mismatch = indicator.Recomputed is { } rc && indicator.Score is { } sc && rc != sc;
            html.Append(mismatch ? "<tr class=\"mismatch\">" : "<tr>");
            for (var level = 0; level < depth; level++)
            {
                html.Append("<td>").Append(level < indicator.Path.Count ? HtmlText.Escape(indicator.Path[level]) : string.Empty).Append("</td>");
            }

            html.Append("<td class=\"num\">").Append(HtmlText.Number(indicator.Weight)).Append("</td><td class=\"num\">").Append(HtmlText.Number(indicator.Score))
                .Append("</td><td class=\"num\">").Append(HtmlText.Number(indicator.Recomputed)).Append("</td><td>").Append(HtmlText.Escape(indicator.Rule))
                .Append("</td><td class=\"num\">").Append(indicator.Page.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static string LevelName(int level) => level switch
    {
        0 => "一级指标",
        1 => "二级指标",
        2 => "三级指标",
        _ => $"{level + 1}级",
    };

    private static string Row(string label, string valueHtml) => $"<tr><th>{label}</th><td>{valueHtml}</td></tr>";

    private static string Badge(string severity, int? count) =>
        $"<span class=\"badge b-{severity}\">{severity}{(count is { } c ? " " + c.ToString(CultureInfo.InvariantCulture) : string.Empty)}</span>";
}
