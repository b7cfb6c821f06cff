using Extraction.Analysis.Common;
using Extraction.Analysis.ScoreTables;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.Metadata;

/// <summary>Kind, department, year assessed, evaluator, stated total and grade: from the score table where it
/// prints them, else from the title, the cover lines and the narrative.</summary>
public sealed class MetadataExtractor : IMetadataExtractor
{
    private const int HeadParagraphs = 15;

    private const string RegionSuffixes = "省市区县镇乡";

    private static readonly char[] ClauseBreaks = ['，', '。', '；', ',', ';', '\n'];

    private static readonly HashSet<string> ColumnHeaders = ["备注", "序号", "说明", "金额", "类型", "单位性质", "性质", "级次", "编码", "代码"];

    public DocumentMetadata Extract(Document document, IReadOnlyList<ScoreTable> scoreTables)
    {
        var paragraphs = document.Paragraphs.ToArray();
        var title = TitleReader.Read(paragraphs);
        var head = string.Join("\n", paragraphs.Take(HeadParagraphs).Select(p => TextNormalizer.RemoveWhitespace(p.Text)));
        var accounts = AccountsTitle(paragraphs);
        var kind = accounts is null ? Kind(title ?? string.Empty, head) : DocumentKind.Other;
        if (kind == DocumentKind.Other && accounts is null && paragraphs.Any(p => p.Text.Contains("自评", StringComparison.Ordinal) || TextNormalizer.RemoveWhitespace(p.Text).Contains("部门整体支出绩效", StringComparison.Ordinal)))
        {
            kind = DocumentKind.SelfAssessment;
        }
        var notReport = ReportCheck.NotReportReason(paragraphs, document.Tables.ToArray(), scoreTables.Count);
        if (notReport is not null)
        {
            return new DocumentMetadata(DocumentKind.NotReport) { Title = title, KindReason = notReport, Subkind = DocumentSubkind.NotReport };
        }

        var department = Department(document, paragraphs, title, accounts);
        var narrativeTotals = NarrativeTotals(paragraphs);
        var narrativeTotal = MainNarrativeTotal(narrativeTotals, scoreTables);
        var total = scoreTables.Select(t => t.Total).FirstOrDefault(t => t is not null) ?? narrativeTotal;
        var narrativeGrades = NarrativeGrades(paragraphs);
        var narrativeGrade = MainNarrativeGrade(narrativeGrades);
        var (grade, gradeEvidence) = scoreTables.FirstOrDefault(t => t.Grade is not null) is { } graded
            ? (graded.Grade, graded.GradeEvidence) : narrativeGrade;
        return new DocumentMetadata(kind)
        {
            Title = title ?? accounts?.Value,
            Subkind = Subkind(kind, title ?? string.Empty, head, accounts),
            Department = department,
            Year = accounts is null ? Year(title, paragraphs) : int.Parse(accounts.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            Evaluator = kind == DocumentKind.SelfAssessment ? department : Evaluator(paragraphs),
            StatedTotal = total,
            NarrativeTotal = narrativeTotal,
            NarrativeColumnTotals = [.. narrativeTotals.Where(t => t.Kind != ScoreKinds.Plain).GroupBy(t => t.Kind)
                .Select(g => narrativeGrades.FirstOrDefault(s => s.Kind == g.Key) is { Grade: not null } s
                    ? new ColumnTotal(ScoreKinds.Name(g.Key), g.First().Total, s.Grade) { GradeEvidence = s.Evidence }
                    : new ColumnTotal(ScoreKinds.Name(g.Key), g.First().Total, null))],
            StatedGrade = grade,
            GradeEvidence = gradeEvidence,
            NarrativeGrade = narrativeGrade.Grade,
            NarrativeGradeEvidence = narrativeGrade.Evidence,
        };
    }

    private static string Kind(string title, string head)
    {
        string[] verification = ["核查报告", "自评核查", "核查评分", "复核报告", "再评价", "核查情况"];
        if (verification.Any(w => title.Contains(w, StringComparison.Ordinal) || head.Contains(w, StringComparison.Ordinal)))
        {
            return DocumentKind.Verification;
        }

        var wholeDepartment = title.Contains("部门整体", StringComparison.Ordinal) || title.Contains("整体支出", StringComparison.Ordinal);
        if (!wholeDepartment && (title.Contains("项目", StringComparison.Ordinal) || title.Contains("专项", StringComparison.Ordinal) || title.Contains("经费", StringComparison.Ordinal))
            && (title.Contains("评价", StringComparison.Ordinal) || title.Contains("自评", StringComparison.Ordinal)))
        {
            return DocumentKind.ProjectEvaluation;
        }

        if (title.Contains("自评", StringComparison.Ordinal) || head.Contains("自评", StringComparison.Ordinal) || head.Contains("部门整体支出绩效", StringComparison.Ordinal))
        {
            return DocumentKind.SelfAssessment;
        }

        return DocumentKind.Other;
    }

    /// <summary>The finer kind: which self-assessment (部门整体 or 项目支出), evaluation, verification, 决算 or 预算.</summary>
    private static string? Subkind(string kind, string title, string head, System.Text.RegularExpressions.Match? accounts)
    {
        if (accounts is not null)
        {
            return accounts.Value.EndsWith("决算", StringComparison.Ordinal) ? DocumentSubkind.FinalAccounts : DocumentSubkind.Budget;
        }

        var project = title.Contains("项目支出绩效自评", StringComparison.Ordinal) || title.Contains("自评表", StringComparison.Ordinal)
            || (!title.Contains("整体", StringComparison.Ordinal) && title.Contains("项目", StringComparison.Ordinal) && title.Contains("自评", StringComparison.Ordinal))
            || (title.Length == 0 && head.Contains("项目支出绩效自评表", StringComparison.Ordinal));
        return kind switch
        {
            DocumentKind.Verification => DocumentSubkind.Verification,
            DocumentKind.ProjectEvaluation => project ? DocumentSubkind.ProjectSelfAssessment : DocumentSubkind.ProjectEvaluation,
            DocumentKind.SelfAssessment => project ? DocumentSubkind.ProjectSelfAssessment : DocumentSubkind.DepartmentSelfAssessment,
            _ => head.Contains("项目支出绩效自评表", StringComparison.Ordinal) ? DocumentSubkind.ProjectSelfAssessment
                : BudgetHead(head) is { } b ? b
                : null,
        };
    }

    /// <summary>A budget disclosure whose title the accounts pattern missed ("XX单位2026年单位预算公开", "部门决算说明").</summary>
    private static string? BudgetHead(string head)
    {
        foreach (var line in head.Split('\n').Take(8))
        {
            if (line.Length > 40)
            {
                continue;
            }

            if (line.Contains("决算", StringComparison.Ordinal))
            {
                return DocumentSubkind.FinalAccounts;
            }

            if (line.Contains("部门预算", StringComparison.Ordinal) || line.Contains("单位预算", StringComparison.Ordinal) || line.EndsWith("预算", StringComparison.Ordinal))
            {
                return DocumentSubkind.Budget;
            }
        }

        return null;
    }

    /// <summary>A 部门决算/部门预算 names itself in its first lines ("…2024年度部门决算", possibly over two lines): it is
    /// neither a self-assessment nor an evaluation, even though its narrative mentions 绩效自评.</summary>
    private static System.Text.RegularExpressions.Match? AccountsTitle(IReadOnlyList<Paragraph> paragraphs)
    {
        var lines = paragraphs.Take(6).Select(p => TextNormalizer.RemoveWhitespace(p.Text)).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var text in i + 1 < lines.Length ? new[] { lines[i], lines[i] + lines[i + 1] } : [lines[i]])
            {
                var m = MetadataPatterns.AccountsTitle().Match(text);
                if (m.Success)
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>The department: from a "部门名称：X"/"编制单位：X" line, the title or the cover, a table's "单位名称 | X"
    /// pair, the addressee line or "X（以下简称本单位）"; every candidate must read as a unit's name (never a table's
    /// 合计/总计 cell or a column header).</summary>
    private static string? Department(Document document, IReadOnlyList<Paragraph> paragraphs, string? title, System.Text.RegularExpressions.Match? accounts) =>
        DepartmentCandidates(document, paragraphs, title, accounts).FirstOrDefault(UnitName.IsPlausible);

    private static IEnumerable<string> DepartmentCandidates(Document document, IReadOnlyList<Paragraph> paragraphs, string? title, System.Text.RegularExpressions.Match? accounts)
    {
        foreach (var p in paragraphs.Take(HeadParagraphs * 2))
        {
            var m = MetadataPatterns.NamedDepartment().Match(TextNormalizer.Key(p.Text));
            if (m.Success)
            {
                yield return m.Groups["d"].Value;
            }
        }

        foreach (var p in paragraphs.Take(HeadParagraphs))
        {
            var m = MetadataPatterns.ResponsibleDepartment().Match(TextNormalizer.RemoveWhitespace(p.Text));
            if (m.Success)
            {
                yield return m.Groups["d"].Value;
            }
        }

        // The title's subject unless it is only a place ("上海市普陀区2026年区级部门预算").
        if (accounts?.Groups["d"] is { Success: true, Value: var named } && !RegionSuffixes.Contains(named[^1]))
        {
            yield return named;
        }

        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Cells)
            {
                var key = TextNormalizer.RemoveWhitespace(cell.Text);
                // A column header ("序号 | 单位名称 | 备注") has another header, not the name, to its right.
                if (key.EndsWith("名称", StringComparison.Ordinal) && (key.StartsWith("部门", StringComparison.Ordinal) || key.StartsWith("单位", StringComparison.Ordinal))
                    && table.CellAt(cell.Row, cell.LastColumn + 1) is { } next && TextNormalizer.RemoveWhitespace(next.Text) is { Length: > 1 } name
                    && !ColumnHeaders.Contains(name))
                {
                    yield return name;
                }
            }
        }

        // A verification report is addressed to the department: "湛江市民政局：".
        foreach (var p in paragraphs.Take(6))
        {
            var key = TextNormalizer.RemoveWhitespace(p.Text);
            if (key.Length is > 3 and <= 30 && (key.EndsWith('：') || key.EndsWith(':')) && !key.Contains("报告", StringComparison.Ordinal))
            {
                yield return key[..^1];
            }
        }

        if (title is not null && MetadataPatterns.TitleDepartment().Match(title) is { Success: true } t && t.Groups["d"].Value.Length >= 3)
        {
            yield return t.Groups["d"].Value;
        }

        foreach (var p in paragraphs.Take(HeadParagraphs * 2))
        {
            var m = MetadataPatterns.SelfNamed().Match(TextNormalizer.RemoveWhitespace(p.Text));
            if (m.Success)
            {
                yield return m.Groups["d"].Value;
            }
        }
    }

    private static int? Year(string? title, IReadOnlyList<Paragraph> paragraphs)
    {
        var texts = new[] { title ?? string.Empty }.Concat(paragraphs.Take(HeadParagraphs * 2).Select(p => TextNormalizer.RemoveWhitespace(p.Text))).ToArray();
        foreach (var pattern in new[] { MetadataPatterns.YearRange(), MetadataPatterns.YearOfAccount(), MetadataPatterns.AnyYear() })
        {
            foreach (var text in texts)
            {
                var m = pattern.Match(text);
                if (m.Success)
                {
                    return int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        return null;
    }

    private static string? Evaluator(IReadOnlyList<Paragraph> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            var m = MetadataPatterns.Evaluator().Match(TextNormalizer.RemoveWhitespace(p.Text));
            if (m.Success)
            {
                var name = m.Groups["e"].Value;
                foreach (var verb in new[] { "委托", "聘请", "由", "经" })
                {
                    var i = name.LastIndexOf(verb, StringComparison.Ordinal);
                    if (i >= 0 && name.Length - i - verb.Length >= 6)
                    {
                        name = name[(i + verb.Length)..];
                    }
                }

                return name;
            }
        }

        return null;
    }

    /// <summary>The narrative's total: the first one stated, unless the tables print several score columns and the
    /// narrative names the main one's (a verification report says 自评得分 then 核查得分; the table's main total is the
    /// verifier's).</summary>
    private static Figure? MainNarrativeTotal(IReadOnlyList<(int Kind, Figure Total)> totals, IReadOnlyList<ScoreTable> tables)
    {
        var columns = tables.SelectMany(t => t.ColumnTotals).Select(c => c.Column).ToHashSet(StringComparer.Ordinal);
        if (columns.Count > 1)
        {
            var main = totals.Where(t => t.Kind != ScoreKinds.Plain && columns.Contains(ScoreKinds.Name(t.Kind)))
                .OrderByDescending(t => ScoreKinds.Priority(t.Kind)).Select(t => t.Total).FirstOrDefault();
            if (main is not null)
            {
                return main;
            }
        }

        return totals.Count > 0 ? totals[0].Total : null;
    }

    /// <summary>Every total the narrative states, in order, with whose score its label names (自评/核查/评价…, else plain).</summary>
    private static List<(int Kind, Figure Total)> NarrativeTotals(IReadOnlyList<Paragraph> paragraphs)
    {
        var totals = new List<(int Kind, Figure Total)>();
        foreach (var p in paragraphs)
        {
            // Half-width first, so that "８９．５分" reads as 89.5; quotes come from the printed text.
            foreach (System.Text.RegularExpressions.Match m in MetadataPatterns.StatedTotal().Matches(TextNormalizer.ToHalfWidth(p.Text)))
            {
                // "总分100分" describes the scale, not the result; a result printed with decimals is one whatever its size
                // ("自评得分744.78分": a digit doubled, which the total check holds against the table's total).
                var number = m.Groups["n"];
                if (Extraction.Text.PrintedNumber.TryParse(number.Value, out var n) && (n.Value < 100 || n.Decimals > 0))
                {
                    var label = TextNormalizer.Key(m.Value[..(number.Index - m.Index)]);
                    totals.Add((ScoreKinds.Of(label), new Figure("总分", n.Value, p.Text.Substring(number.Index, number.Length), "分", new Evidence(p.Provenance.Page, p.Text.Substring(m.Index, m.Length)) { Box = p.Provenance.Box })
                    {
                        Decimals = n.Decimals,
                    }));
                }
            }
        }

        return totals;
    }

    /// <summary>The narrative's grade: the first stated, unless one names the verifier's or the evaluator's score (a
    /// verification report says 自评等级 then 核查等级; its main total is the verifier's).</summary>
    private static (string? Grade, Evidence? Evidence) MainNarrativeGrade(IReadOnlyList<(int Kind, string? Grade, Evidence? Evidence)> narrative)
    {
        var main = narrative.Where(g => g.Kind is ScoreKinds.Verified or ScoreKinds.Evaluator)
            .OrderByDescending(g => ScoreKinds.Priority(g.Kind)).Concat(narrative).FirstOrDefault();
        return (main.Grade, main.Evidence);
    }

    /// <summary>Every grade the narrative states, in order, with whose score its clause names (自评等级/核查等级…, else plain).</summary>
    private static List<(int Kind, string? Grade, Evidence? Evidence)> NarrativeGrades(IReadOnlyList<Paragraph> paragraphs)
    {
        var grades = new List<(int Kind, string? Grade, Evidence? Evidence)>();
        foreach (var p in paragraphs)
        {
            foreach (var (grade, index, length) in Grades.AllStated(p.Text))
            {
                // The clause the grade ends: from the last break before it ("，核查等级为“中”").
                var start = p.Text.LastIndexOfAny(ClauseBreaks, Math.Max(0, index - 1)) + 1;
                var clause = TextNormalizer.Key(p.Text[start..(index + length)]);
                grades.Add((ScoreKinds.Of(clause), grade, new Evidence(p.Provenance.Page, p.Text.Substring(index, length)) { Box = p.Provenance.Box }));
            }
        }

        return grades;
    }
}
