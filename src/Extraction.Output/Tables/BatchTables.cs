using Extraction.Messages;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;

namespace Extraction.Output.Tables;

/// <summary>Builds the batch tables from the batch's reports: one row per item, each with the document's
/// file name and SHA-256 so rows join back to their document.</summary>
public static class BatchTables
{
    private static readonly Column File = new("file");
    private static readonly Column Sha = new("sha256");

    public static IReadOnlyList<Sheet> Build(IReadOnlyList<BatchEntry> entries, IReadOnlyList<DocumentPair> pairs, Language language = Language.Zh) =>
        new[]
        {
            Documents(entries),
            Indicators(entries),
            Figures(entries),
            Facts(entries),
            Findings(entries),
            Problems(entries),
            Pairs(pairs),
        }.Select(s => Labelled(s, language)).ToArray();

    /// <summary>The sheet and column labels in one language, from the catalog ("sheet.findings", "col.findings.message",
    /// "col.file"); the stable names are unchanged.</summary>
    public static Sheet Labelled(Sheet sheet, Language language)
    {
        var catalog = MessageCatalog.Default;
        string Label(string id, string fallback) => catalog.Has(id, language) ? catalog.Text(id, language) : fallback;
        return sheet with
        {
            Label = Label("sheet." + sheet.Name, sheet.Name),
            Columns = sheet.Columns.Select(c => c with { Label = Label($"col.{sheet.Name}.{c.Name}", Label("col." + c.Name, c.Name)) }).ToArray(),
            Language = language,
        };
    }

    private static Sheet Documents(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("path"), new("format") { Codes = "format" }, new("pages", ColumnKind.Integer),
            new("kind") { Codes = "kind" }, new("department"), new("year", ColumnKind.Integer), new("evaluator"),
            new("stated_total", ColumnKind.Number), new("stated_grade"),
            new("indicators", ColumnKind.Integer), new("figures", ColumnKind.Integer),
            new("errors", ColumnKind.Integer), new("warnings", ColumnKind.Integer), new("infos", ColumnKind.Integer),
            new("problems", ColumnKind.Integer), new("status") { Codes = "status" }, new("result"), new("subkind") { Codes = "kind" }, new("reason"),
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
                r.Problems.Count, r.Status, e.OutputName, r.Document.Subkind, r.StatusReason,
            };
        }).ToArray();
        return new Sheet("documents", "documents", columns, rows);
    }

    private static Sheet Indicators(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("level1"), new("level2"), new("level3"), new("path"),
            new("weight", ColumnKind.Number), new("score", ColumnKind.Number), new("recomputed", ColumnKind.Number),
            new("self_score", ColumnKind.Number), new("rule"), new("criteria"), new("page", ColumnKind.Integer),
        ];
        var rows = entries.SelectMany(e => e.Report.Indicators.Select(i => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256,
            i.Path.ElementAtOrDefault(0), i.Path.ElementAtOrDefault(1), i.Path.Count > 2 ? string.Join(" / ", i.Path.Skip(2)) : null,
            string.Join(" / ", i.Path), i.Weight, i.Score, i.Recomputed, i.SelfScore, i.Rule, i.Criteria, i.Page,
        })).ToArray();
        return new Sheet("indicators", "indicators", columns, rows);
    }

    private static Sheet Figures(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns =
        [
            File, Sha, new("label"), new("value", ColumnKind.Number), new("text"), new("unit"),
            new("value_yuan", ColumnKind.Number), new("page", ColumnKind.Integer), new("quote"),
        ];
        var rows = entries.SelectMany(e => e.Report.Figures.Select(f => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, f.Label, f.Value, f.Text, f.Unit, f.ValueYuan, f.Page, f.Quote,
        })).ToArray();
        return new Sheet("figures", "figures", columns, rows);
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
            File, Sha, new("check") { Codes = "check" }, new("severity") { Codes = "severity" }, new("impact") { Codes = "impact" }, new("message"),
            new("stated", ColumnKind.Number), new("computed", ColumnKind.Number),
            new("difference", ColumnKind.Number), new("relation"), new("page", ColumnKind.Integer), new("quote"),
        ];
        var rows = entries.SelectMany(e => e.Report.Findings.Select(f => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, f.Check, f.Severity, f.Impact, f.Message, f.Stated, f.Computed, f.Difference,
            f.Relation, f.Evidence.Count > 0 ? f.Evidence[0].Page : null, string.Join(" | ", f.Evidence.Select(v => v.Quote)),
        })).ToArray();
        return new Sheet("findings", "findings", columns, rows);
    }

    private static Sheet Problems(IReadOnlyList<BatchEntry> entries)
    {
        Column[] columns = [File, Sha, new("stage") { Codes = "stage" }, new("message"), new("page", ColumnKind.Integer)];
        var rows = entries.SelectMany(e => e.Report.Problems.Select(p => new object?[]
        {
            e.Report.Source.Name, e.Report.Source.Sha256, p.Stage, p.Message, p.Page,
        })).ToArray();
        return new Sheet("problems", "problems", columns, rows);
    }

    private static Sheet Pairs(IReadOnlyList<DocumentPair> pairs)
    {
        Column[] columns =
        [
            new("department"), new("year", ColumnKind.Integer),
            new("self_file"), new("self_sha256"), new("verification_file"), new("verification_sha256"),
            new("indicator"), new("verification_indicator"), new("weight", ColumnKind.Number),
            new("self_score", ColumnKind.Number), new("verified_score", ColumnKind.Number),
            new("difference", ColumnKind.Number), new("match"),
        ];
        var rows = pairs.SelectMany(p => p.Rows.Select(r => new object?[]
        {
            p.Department, p.Year, p.Self.Source.Name, p.Self.Source.Sha256, p.Verification.Source.Name, p.Verification.Source.Sha256,
            r.SelfPath is null ? null : string.Join(" / ", r.SelfPath), r.VerifiedPath is null ? null : string.Join(" / ", r.VerifiedPath),
            r.Weight, r.SelfScore, r.VerifiedScore, r.Difference, r.Match,
        })).ToArray();
        return new Sheet("pairs", "pairs", columns, rows);
    }
}
