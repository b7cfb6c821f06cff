using System.Globalization;
using Extraction.Model;
using Extraction.Pdf;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Results;
using Extraction.Rules.Checks.Budget;
using Extraction.Tests.Pdf.Text;
using Extraction.Text;
using static Extraction.Tests.Rules.Budget.Ledgers;

namespace Extraction.Tests.Rules.Budget;

/// <summary>The amount-table checks on the real 决算/预算 PDFs of corpus/realdocs: the clean ones draw nothing from
/// any check; errors injected into their tables (one cell changed in the model read from the PDF, the cell chosen by
/// what it is — a 项, a 类, the 合计, a row total, a 类 printed in two tables — not by where it sits) are found at that cell.</summary>
public sealed class RealDocumentTests
{
    private const string SocialWork = "shanghai-putuo-social-work-2024-final-accounts.pdf";
    private const string Justice = "shanghai-putuo-justice-2026-dept-budget.pdf";
    private const string Doctored = "shanghai-putuo-finance-2024-final-accounts.doctored.pdf";

    private static readonly Dictionary<string, Document> Read = [];

    private static string PathOf(string name) => Path.Combine(PopplerDifferentialTests.CorpusRoot(), "realdocs", name);

    private static Document Load(string name)
    {
        lock (Read)
        {
            if (!Read.TryGetValue(name, out var document))
            {
                Read[name] = document = new PdfReader().Read(new SourceFile(PathOf(name)), ReaderOptions.Default, CancellationToken.None);
            }

            return document;
        }
    }

    [Fact]
    public void The_clean_final_accounts_draw_no_error_or_warning_from_any_check()
    {
        var result = Process(SocialWork);

        Assert.DoesNotContain(result.Findings, f => f.Severity >= Severity.Warning);
        AssertTablesRead(result.Document!);
    }

    /// <summary>The 2026 部门预算 as published has real slips in its narrative, which the narrative checks rightly report
    /// (其他司法支出 "2025年当年预算执行数为43269.3万元" against 3845.49万元 "增加17.62%": 3269.3 was meant; 住房公积金 208.8万元 in the
    /// heading but "预算安排201.50万元" and 5.27% over 198.34; 职业年金 91.97 over 77.99 is 17.93%, not 17.66%). Its tables are
    /// consistent: no error or warning rests on a table cell, and none comes from the table checks.</summary>
    [Fact]
    public void The_budget_tables_draw_no_error_or_warning()
    {
        var result = Process(Justice);

        Assert.DoesNotContain(result.Findings, f => f.Severity >= Severity.Warning && (f.Evidence.Any(e => e.Cell is not null) || f.Check == Extraction.Rules.Checks.CheckNames.TableTable));
        AssertTablesRead(result.Document!);
    }

    private static DocumentResult Process(string name) => Extraction.Cli.Composition.Pipeline().Process(new SourceFile(PathOf(name)), CancellationToken.None);

    /// <summary>The silence means something: the tables were read with their codes and header groups.</summary>
    private static void AssertTablesRead(Document document)
    {
        var tables = LedgerReader.Read(document);
        Assert.True(tables.Count(t => t.Blocks.Count > 0) >= 4, "subject-coded tables found");
        Assert.True(tables.Sum(t => HeaderGroups.Of(t).Count) >= 4, "total-and-parts header groups found");
    }

    /// <summary>The doctored copy's planted errors are in its narrative (收入支出总计0万元, 一般公共服务支出 占71.73% where
    /// 2106.66 / 2940.05 = 71.65%, 决算数大于预算数 for a smaller 决算, 2023年度 for 2024). Its tables, read by hand, hold
    /// every relation these checks test up to rounding, and these near misses must stay silent:
    /// 302 商品和服务支出 171.07 vs its 12 款 171.09; 301 工资福利支出 2,082.85 vs its 8 款 2,082.86; 收入决算表 合计 2,946.25
    /// vs its 4 类 2,946.26 (财政拨款收入 2,940.05 vs 2,940.06); 一般公共预算 基本支出 合计 2,336.91 vs its 类 2,336.92;
    /// 社会保障和就业支出 326.71 in the 总表 and 财政拨款总表 vs 326.72 in the 收入决算表 and the 一般公共预算 table.
    /// The 支出决算表 is missing from the copy (so nothing compares the 总表's all-fund spending).</summary>
    [Fact]
    public void The_doctored_final_accounts_tables_add_up_within_rounding()
    {
        var document = Load(Doctored);
        var context = Context(document);
        Assert.Empty(Alarms(new SubjectHierarchyCheck(), context));
        Assert.Empty(Alarms(new ExpenseGroupCheck(), context));
        Assert.Empty(Alarms(new RowTotalCheck(), context));
        Assert.Empty(Alarms(new SameSubjectCheck(), context));
        Assert.Empty(Alarms(new OutlineSumCheck(), context));

        // The near misses are really read (not skipped): 302's parts sum to 171.09 against a printed 171.07.
        var tables = LedgerReader.Read(document);
        var economic = tables.Single(t => t.Blocks.Count == 2);
        var right = economic.Blocks[1];
        var parts = Enumerable.Range(0, economic.Rows.Count)
            .Where(r => economic.Code(r, right) is { Length: 5 } code && code.StartsWith("302", StringComparison.Ordinal))
            .Sum(r => economic.Cell(r, right.AmountColumns[0])!.Value);
        Assert.Equal(171.09m, parts);
        var ss = tables.SelectMany(t => t.Blocks.Select(b => (t, b))).SelectMany(x => Enumerable.Range(0, x.t.Rows.Count)
            .Where(r => x.t.Code(r, x.b) == "208").Select(r => x.t.Cell(r, x.b.AmountColumns[0])!.Value)).ToArray();
        Assert.Contains(326.72m, ss);
    }

    [Theory]
    [InlineData(SocialWork)]
    [InlineData(Justice)]
    [InlineData(Doctored)]
    public void An_error_injected_in_a_real_xiang_or_kuan_row_is_found(string name)
    {
        var document = Load(name);
        var (cell, _) = Targets(document, level: 0).First();
        AssertFound(new SubjectHierarchyCheck(), document, cell);
    }

    [Theory]
    [InlineData(SocialWork)]
    [InlineData(Justice)]
    [InlineData(Doctored)]
    public void An_error_injected_in_a_real_lei_row_is_found(string name)
    {
        var document = Load(name);
        var (cell, _) = Targets(document, level: 1).First();
        AssertFound(new SubjectHierarchyCheck(), document, cell);
    }

    [Theory]
    [InlineData(SocialWork)]
    [InlineData(Justice)]
    [InlineData(Doctored)]
    public void An_error_injected_in_a_real_total_row_is_found(string name)
    {
        var document = Load(name);
        var total = (from t in LedgerReader.Read(document)
                     from b in t.Blocks
                     from r in Enumerable.Range(0, t.Rows.Count)
                     where t.Code(r, b) is null && t.Label(r, b) == "合计"
                     from c in b.AmountColumns
                     let cell = t.Cell(r, c)
                     where cell is { IsEmpty: false } && cell.Value > 0
                     select cell).First();
        AssertFound(new SubjectHierarchyCheck(), document, total);
    }

    [Theory]
    [InlineData(SocialWork)]
    [InlineData(Justice)]
    [InlineData(Doctored)]
    public void An_error_injected_in_a_real_row_total_is_found(string name)
    {
        var document = Load(name);
        var total = (from t in LedgerReader.Read(document)
                     from g in HeaderGroups.Of(t)
                     from r in Enumerable.Range(0, t.Rows.Count)
                     let cell = t.Cell(r, g.Total)
                     where cell is { IsEmpty: false } && cell.Value > 0
                     select cell).First();
        AssertFound(new RowTotalCheck(), document, total);
    }

    [Theory]
    [InlineData(SocialWork)]
    [InlineData(Justice)]
    [InlineData(Doctored)]
    public void An_error_injected_in_a_real_subject_printed_in_two_tables_is_found(string name)
    {
        var document = Load(name);
        var check = new SameSubjectCheck();
        var found = Targets(document, level: 1).Count(t => Alarms(check, Context(Replace(document, t.Cell.Ref, Bumped(t.Cell)))).Any(f => Cites(f, t.Cell.Ref)));
        Assert.True(found > 0, "some 类 amount is printed in two tables with the same meaning");
    }

    [Theory]
    [InlineData(SocialWork)]
    [InlineData(Justice)]
    [InlineData(Doctored)]
    public void An_error_injected_in_a_numbered_item_of_a_real_summary_table_is_found(string name)
    {
        var document = Load(name);
        var item = (from t in LedgerReader.Read(document)
                    where t.Blocks.Count == 0
                    from r in Enumerable.Range(0, t.Rows.Count)
                    from c in Enumerable.Range(1, t.ColumnCount - 1)
                    let label = t.Cell(r, c - 1)
                    let cell = t.Cell(r, c)
                    where t.AmountColumns[c] && label is { Anchor: true } && label.Text.TrimStart().StartsWith("一、", StringComparison.Ordinal)
                    where cell is { IsEmpty: false } && cell.Value > 0
                    select cell).First();
        AssertFound(new OutlineSumCheck(), document, item);
    }

    /// <summary>Amount cells of coded rows: level 1 = 类 rows that have 款 rows; level 0 = the deepest rows (项, or 款
    /// where a table stops at 款) under a parent.</summary>
    private static IEnumerable<(LedgerCell Cell, string Code)> Targets(Document document, int level)
    {
        foreach (var table in LedgerReader.Read(document))
        {
            foreach (var block in table.Blocks)
            {
                var codes = Enumerable.Range(0, table.Rows.Count).Select(r => (Row: r, Code: table.Code(r, block))).Where(x => x.Code is not null).ToArray();
                var deepest = codes.Max(x => x.Code!.Length);
                foreach (var (row, code) in codes)
                {
                    var wanted = level == 1
                        ? code!.Length == 3 && codes.Any(x => x.Code!.Length == 5 && x.Code.StartsWith(code, StringComparison.Ordinal))
                        : code!.Length == deepest && deepest > 3;
                    var cell = wanted ? table.Cell(row, block.AmountColumns[0]) : null;
                    if (cell is { IsEmpty: false } && cell.Value > 0)
                    {
                        yield return (cell, code);
                    }
                }
            }
        }
    }

    private static string Bumped(LedgerCell cell)
    {
        var n = PrintedNumber.Parse(cell.Text);
        var delta = Math.Max(1m, Math.Round(n.Value / 10m, n.Decimals, MidpointRounding.AwayFromZero));
        return (n.Value + delta).ToString("N" + n.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static void AssertFound(ICheck check, Document document, LedgerCell cell)
    {
        var before = Alarms(check, Context(document));
        Assert.DoesNotContain(before, f => Cites(f, cell.Ref));
        var after = Alarms(check, Context(Replace(document, cell.Ref, Bumped(cell))));
        Assert.Contains(after, f => Cites(f, cell.Ref) && f.Severity == Severity.Error);
    }

    private static AnalysisContext Context(Document document) =>
        new(document, new DocumentMetadata(DocumentKind.Other), [], [], []);
}
