using Extraction.Output.Pairing;
using Extraction.Output.Reports;

namespace Extraction.Output.Tables;

/// <summary>Builds the batch tables from the batch's reports: one row per item, each with the document's
/// file name and SHA-256 so rows join back to their document.</summary>
public static class BatchTables
{
    private static readonly Column File = new("file", "文件");
    private static readonly Column Sha = new("sha256", "SHA-256");

    public static IReadOnlyList<Sheet> Build(IReadOnlyList<BatchEntry> entries, IReadOnlyList<DocumentPair> pairs) =>
    [
        Documents(entries),
        Indicators(entries),
        Figures(entries),
        Facts(entries),
        Findings(entries),
        Problems(entries),
        Pairs(pairs),
    ];

    private static Sheet Documents(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("path", "路径"), new("format", "格式"), new("pages", "页数", ColumnKind.Integer),
            new("kind", "类型"), new("department", "部门"), new("year", "年度", ColumnKind.Integer), new("evaluator", "评价机构"),
            new("stated_total", "自述总分", ColumnKind.Number), new("stated_grade", "自述等级"),
            new("indicators", "指标数", ColumnKind.Integer), new("figures", "数字数", ColumnKind.Integer),
            new("errors", "错误", ColumnKind.Integer), new("warnings", "警告", ColumnKind.Integer), new("infos", "提示", ColumnKind.Integer),
            new("problems", "处理问题", ColumnKind.Integer), new("status", "状态"), new("result", "结果文件"),
        ];
        var rows = entries.Select(e =>
        {
            var r = e.Report;
            return new object?[]
            {
                r.Source.Name, r.Source.Sha256, r.Source.Path, r.Source.Format, r.Source.Pages,
                r.Document.Kind, r.Document.Department, r.Document.Year, r.Document.Evaluator,
                r.Document.StatedTotal, r.Document.StatedGrade,
                r.Indicators.Count, r.Figures.Count,
                r.Findings.Count(f => f.Severity == "error"), r.Findings.Count(f => f.Severity == "warning"), r.Findings.Count(f => f.Severity == "info"),
                r.Problems.Count, r.Failed ? "failed" : "ok", e.OutputName,
            };
        }).ToArray();
        return new Sheet("documents", "文档", columns, rows);
    }

    private static Sheet Indicators(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("level1", "一级指标"), new("level2", "二级指标"), new("level3", "三级指标"), new("path", "指标路径"),
            new("weight", "分值", ColumnKind.Number), new("score", "得分", ColumnKind.Number), new("recomputed", "复算得分", ColumnKind.Number),
            new("self_score", "自评得分", ColumnKind.Number), new("rule", "规则"), new("criteria", "评分标准"), new("page", "页码", ColumnKind.Integer),
        ];
        var rows = entries.SelectMany(e => e.Report.Indicators.Select(i => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256,
            i.Path.ElementAtOrDefault(0), i.Path.ElementAtOrDefault(1), i.Path.Count > 2 ? string.Join(" / ", i.Path.Skip(2)) : null,
            string.Join(" / ", i.Path), i.Weight, i.Score, i.Recomputed, i.SelfScore, i.Rule, i.Criteria, i.Page,
        })).ToArray();
        return new Sheet("indicators", "指标", columns, rows);
    }

    private static Sheet Figures(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("label", "名称"), new("value", "数值", ColumnKind.Number), new("text", "原文数字"), new("unit", "单位"),
            new("value_yuan", "金额(元)", ColumnKind.Number), new("page", "页码", ColumnKind.Integer), new("quote", "引文"),
        ];
        var rows = entries.SelectMany(e => e.Report.Figures.Select(f => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, f.Label, f.Value, f.Text, f.Unit, f.ValueYuan, f.Page, f.Quote,
        })).ToArray();
        return new Sheet("figures", "数字", columns, rows);
    }

    /// <summary>facts.csv: every printed quantity with its key, value (and 元 for money), group and provenance.</summary>
    private static Sheet Facts(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("measure", "指标/事项"), new("period", "期间"), new("scope", "口径"), new("entity", "主体/子项"), new("category", "类别"),
            new("value", "数值", ColumnKind.Number), new("unit", "单位"), new("value_yuan", "金额(元)", ColumnKind.Number),
            new("group", "同一数值组", ColumnKind.Integer), new("origin", "来源"), new("table", "表格"), new("row", "行"), new("column", "列"),
            new("page", "页码", ColumnKind.Integer), new("quote", "引文"), new("text", "原文数字"), new("id", "编号", ColumnKind.Integer),
            new("part_of", "所属总数编号", ColumnKind.Integer),
        ];
        var rows = entries.SelectMany(e => e.Report.Facts.Select(f => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, f.Measure, f.Period, f.Scope, f.Entity, f.Category, f.Value, f.Unit, f.ValueYuan,
            f.Group, f.Origin, f.Table, f.Row, f.Column, f.Page, f.Quote, f.Text, f.Id, f.PartOf,
        })).ToArray();
        return new Sheet("facts", "数值事实", columns, rows);
    }

    private static Sheet Findings(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("check", "检查"), new("severity", "严重程度"), new("impact", "影响"), new("message", "说明"),
            new("stated", "文中数值", ColumnKind.Number), new("computed", "计算数值", ColumnKind.Number),
            new("difference", "差额", ColumnKind.Number), new("relation", "关系或规则"), new("page", "页码", ColumnKind.Integer), new("quote", "引文"),
        ];
        var rows = entries.SelectMany(e => e.Report.Findings.Select(f => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, f.Check, f.Severity, f.Impact, f.Message, f.Stated, f.Computed, f.Difference,
            f.Relation, f.Evidence.Count > 0 ? f.Evidence[0].Page : null, string.Join(" | ", f.Evidence.Select(v => v.Quote)),
        })).ToArray();
        return new Sheet("findings", "问题", columns, rows);
    }

    private static Sheet Problems(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns = [File, Sha, new("stage", "环节"), new("message", "说明"), new("page", "页码", ColumnKind.Integer)];
        var rows = entries.SelectMany(e => e.Report.Problems.Select(p => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, p.Stage, p.Message, p.Page,
        })).ToArray();
        return new Sheet("problems", "处理问题", columns, rows);
    }

    private static Sheet Pairs(IReadOnlyList<DocumentPair> pairs)
    {
        Column[] columns =
        [
            new("department", "部门"), new("year", "年度", ColumnKind.Integer),
            new("self_file", "自评报告"), new("self_sha256", "自评SHA-256"), new("verification_file", "核查报告"), new("verification_sha256", "核查SHA-256"),
            new("indicator", "指标"), new("verification_indicator", "核查报告中的指标"), new("weight", "分值", ColumnKind.Number),
            new("self_score", "自评得分", ColumnKind.Number), new("verified_score", "核查得分", ColumnKind.Number),
            new("difference", "差额(核查-自评)", ColumnKind.Number), new("match", "匹配方式"),
        ];
        var rows = pairs.SelectMany(p => p.Rows.Select(r => new object?[]
        {
            p.Department, p.Year, p.Self.Source.Name, p.Self.Source.Sha256, p.Verification.Source.Name, p.Verification.Source.Sha256,
            r.SelfPath is null ? null : string.Join(" / ", r.SelfPath), r.VerifiedPath is null ? null : string.Join(" / ", r.VerifiedPath),
            r.Weight, r.SelfScore, r.VerifiedScore, r.Difference, r.Match,
        })).ToArray();
        return new Sheet("pairs", "自评与核查对照", columns, rows);
    }
}
