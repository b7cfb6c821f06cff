using Extraction.Model;
using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Rules.Checks.Budget;
using static Extraction.Tests.Rules.Budget.BudgetTables;
using static Extraction.Tests.Rules.Budget.Ledgers;

namespace Extraction.Tests.Rules.Budget;

/// <summary>The 决算/预算 amount-table checks on small synthetic tables: consistent tables (with rounding gaps) stay
/// silent, an injected error in a 项, a 类, the 合计 or a row total is found at its cell.</summary>
public sealed class BudgetCheckTests
{
    private static readonly SubjectHierarchyCheck Hierarchy = new();
    private static readonly RowTotalCheck Rows = new();

    private static Extraction.Pipeline.AnalysisContext Expenses(string[][] rows) => Context(Titled("支出决算表", Grid(rows)));

    /// <summary>Column offset of the amounts: 0 with joined codes, 2 when codes take 类/款/项 columns.</summary>
    private static int Shift(bool split) => split ? 2 : 0;

    private static string[][] Table(bool split) => split ? Split(Functional()) : Functional();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_consistent_subject_table_with_rounding_gaps_is_silent(bool split)
    {
        var context = Expenses(Table(split));
        Assert.Empty(Hierarchy.Run(context));
        Assert.Empty(Rows.Run(context));
        Assert.DoesNotContain(CheckCatalog.All().SelectMany(c => c.Run(context)), f => f.Severity >= Severity.Warning);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_injected_error_in_a_xiang_row_is_found_at_its_kuan_and_in_its_row_total(bool split)
    {
        var s = Shift(split);
        var context = Expenses(Table(split).With(5, 2 + s, "56.32"));

        var f = Assert.Single(Alarms(Hierarchy, context));
        Assert.Equal(CheckNames.Sum, f.Check);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.True(Cites(f, new CellRef(0, 4, 2 + s)), "the 款 20139 cell is the stated total");
        Assert.True(Cites(f, new CellRef(0, 5, 2 + s)), "the changed 项 is an operand");
        Assert.Equal(264.87m, f.Stated);
        Assert.Equal(269.87m, f.Computed);
        Assert.Equal(5m, f.Difference);
        Assert.Contains("56.32", f.Relation.En(), StringComparison.Ordinal);
        Assert.Contains("20139", f.Message.En(), StringComparison.Ordinal);

        var row = Assert.Single(Alarms(Rows, context));
        Assert.True(Cites(row, new CellRef(0, 5, 2 + s)));
        Assert.Equal(51.32m, row.Computed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_injected_error_in_a_lei_row_is_found_against_its_kuan_and_against_the_total(bool split)
    {
        var s = Shift(split);
        var context = Expenses(Table(split).With(3, 3 + s, "72.63"));

        var alarms = Alarms(Hierarchy, context);
        Assert.Equal(2, alarms.Length);
        Assert.Contains(alarms, f => Cites(f, new CellRef(0, 3, 3 + s)) && f.Stated == 72.63m && f.Computed == 62.63m);
        Assert.Contains(alarms, f => Cites(f, new CellRef(0, 2, 3 + s)) && f.Stated == 105.58m && f.Computed == 115.58m);
        Assert.Single(Alarms(Rows, context));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_injected_error_in_the_total_row_is_found(bool split)
    {
        var s = Shift(split);
        var context = Expenses(Table(split).With(2, 2 + s, "317.83"));

        var f = Assert.Single(Alarms(Hierarchy, context));
        Assert.True(Cites(f, new CellRef(0, 2, 2 + s)));
        Assert.Equal(307.82m, f.Computed);
        Assert.Contains("3 类 rows", f.Message.En(), StringComparison.Ordinal);
        Assert.Single(Alarms(Rows, context));
    }

    [Fact]
    public void A_row_total_that_is_not_basic_plus_project_is_found()
    {
        // 2013950 事业运行: 本年支出合计 11.31 but 基本支出 12.31 (the 款 and 类 sums of 本年支出合计 still hold).
        var context = Expenses(Functional().With(6, 3, "12.31"));
        var f = Assert.Single(Alarms(Rows, context));
        Assert.True(Cites(f, new CellRef(0, 6, 2)));
        Assert.Equal(11.31m, f.Stated);
        Assert.Equal(12.31m, f.Computed);
        Assert.Equal("12.31+0 = 12.31; the document states 11.31", f.Relation.En());
    }

    [Theory]
    // Digits lost in reading (OCR): only what was read is judged ("14." is 14 to 15, which 14.42 is in).
    [InlineData("14.")]
    [InlineData("14.4")]
    public void A_cell_read_with_digits_lost_is_judged_by_what_was_read(string damaged)
    {
        var context = Expenses(Functional().With(15, 2, damaged));
        Assert.Empty(Alarms(Hierarchy, context));
        Assert.Empty(Alarms(Rows, context));
    }

    [Theory]
    // A doubtful OCR reading of a grouped amount short of its two decimals lost them (6,007,852.82 read "6,007,852",
    // 12,567,319.21 read "12,567,319.1"): it stands for its whole units.
    [InlineData("6,007,852", 0.51, 6007852, 6007853)]
    [InlineData("12,567,319.1", 0.55, 12567319, 12567320)]
    // Read surely, or with both decimals, it is the printed number.
    [InlineData("6,007,852", 0.99, 6007851.5, 6007852.5)]
    [InlineData("6,007,852.82", 0.51, 6007852.815, 6007852.825)]
    [InlineData("6007852", 0.51, 6007851.5, 6007852.5)]
    public void A_doubtful_grouped_amount_short_of_its_decimals_stands_for_its_whole_units(string text, double confidence, double lo, double hi)
    {
        var cell = new LedgerCell(text, new Provenance(1, null, confidence), new CellRef(0, 3, 3), true, 1);
        Assert.True(cell.TryAmount(out var value));
        Assert.Equal(((decimal)lo, (decimal)hi), (value.Lo, value.Hi));
    }

    [Fact]
    public void A_well_grouped_cell_that_breaks_the_sum_is_found()
    {
        Assert.NotEmpty(Alarms(Hierarchy, Expenses(Functional().With(15, 2, "1,442.00"))));
    }

    [Fact]
    public void A_damaged_cell_far_from_its_sum_by_what_was_read_is_still_found()
    {
        // "1,44,2.00" reads as 1,000 to 2,000 whatever digits were lost: far above 14.42.
        Assert.NotEmpty(Alarms(Hierarchy, Expenses(Functional().With(15, 2, "1,44,2.00"))));
    }

    [Fact]
    public void A_gap_beyond_rounding_but_under_one_percent_is_a_warning()
    {
        var f = Assert.Single(Alarms(Hierarchy, Expenses(Functional().With(5, 2, "51.35"))));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(0.03m, f.Difference);
    }

    [Fact]
    public void A_table_continued_on_the_next_page_is_read_as_one()
    {
        var rows = Functional();
        var first = Grid(rows[..10]);
        var rest = Grid(rows[10..]);
        var joined = Context([.. Titled("支出决算表", first), rest]);
        Assert.Empty(Alarms(Hierarchy, joined));

        var broken = Grid(rows[10..].With(4, 2, "27.70"));
        var f = Assert.Single(Alarms(Hierarchy, Context([.. Titled("支出决算表", first), broken])));
        Assert.True(Cites(f, new CellRef(1, 3, 2)), "22102 on the second page");
        Assert.Equal(42.12m, f.Computed);
    }

    [Fact]
    public void Two_classifications_side_by_side_are_two_hierarchies_and_the_expense_groups_add_up()
    {
        var groups = new ExpenseGroupCheck();
        var ok = Context(Titled("一般公共预算财政拨款基本支出决算表", Grid(Economic())));
        Assert.Empty(Hierarchy.Run(ok));
        Assert.Empty(groups.Run(ok));

        var item = Context(Titled("一般公共预算财政拨款基本支出决算表", Grid(Economic().With(2, 5, "13.78"))));
        var f = Assert.Single(Alarms(Hierarchy, item));
        Assert.True(Cites(f, new CellRef(0, 1, 5)), "302 商品和服务支出 on the right half");
        Assert.Empty(Alarms(groups, item));

        var group = Context(Titled("一般公共预算财政拨款基本支出决算表", Grid(Economic().With(7, 5, "12.23"))));
        var g = Assert.Single(Alarms(groups, group));
        Assert.True(Cites(g, new CellRef(0, 7, 5)));
        Assert.Equal(10.23m, g.Computed);
        Assert.Single(Alarms(groups, Context(Titled("基本支出决算表", Grid(Economic().With(7, 2, "95.36"))))));
    }

    [Fact]
    public void Expense_groups_follow_the_codes_when_the_halves_mix_them()
    {
        // 303 sits in the right half: 人员经费 = 301 + 303 by code, though not the sum of its own half.
        string[][] rows =
        [
            ["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "95.36", "303", "对个人和家庭的补助", "0.50"],
            ["302", "商品和服务支出", "10.23", "310", "资本性支出", "1.00"],
            ["人员经费合计", "<", "95.86", "公用经费合计", "<", "11.23"],
        ];
        var groups = new ExpenseGroupCheck();
        Assert.Empty(groups.Run(Context(Titled("基本支出决算表", Grid(rows)))));
        Assert.Single(Alarms(groups, Context(Titled("基本支出决算表", Grid(rows.With(3, 5, "12.23"))))));
    }

    [Fact]
    public void Nested_header_groups_sum_per_budget_and_final_column()
    {
        Assert.Empty(Rows.Run(Context(Titled("财政拨款“三公”经费支出决算表", Grid(ThreePublic())))));

        var f = Assert.Single(Alarms(Rows, Context(Titled("财政拨款“三公”经费支出决算表", Grid(ThreePublic().With(3, 11, "0.90"))))));
        Assert.True(Cites(f, new CellRef(0, 3, 1)), "合计 决算数 is the stated total");
        Assert.Equal(2.60m, f.Computed);

        var inner = Assert.Single(Alarms(Rows, Context(Titled("财政拨款“三公”经费支出决算表", Grid(ThreePublic().With(3, 8, "2.50"))))));
        Assert.True(Cites(inner, new CellRef(0, 3, 4)), "小计 预算数 = 购置费 + 运行维护费");
    }

    [Fact]
    public void Income_row_totals_take_every_income_column_and_empty_parts_are_zero()
    {
        string[][] rows =
        [
            ["项目", "<", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "其他收入"],
            ["功能分类科目编码", "科目名称", "^", "^", "^", "^", "^"],
            ["合计", "<", "2,946.25", "2,940.05", "", "", "6.20"],
            ["201", "一般公共服务支出", "2,946.25", "2,940.05", "", "", "6.20"],
            ["20106", "财政事务", "2,946.25", "2,940.05", "", "", "6.20"],
            ["2010601", "行政运行", "1,511.90", "1,511.89", "", "", "0.01"],
            ["2010602", "一般行政管理事务", "1,434.35", "1,428.16", "", "", "6.19"],
        ];
        Assert.Empty(Rows.Run(Context(Titled("收入决算表", Grid(rows)))));
        var f = Assert.Single(Alarms(Rows, Context(Titled("收入决算表", Grid(rows.With(6, 6, "7.19"))))));
        Assert.Equal("1,428.16+0+0+7.19 = 1435.35; the document states 1,434.35", f.Relation.En());
    }

    [Fact]
    public void The_same_subject_differs_across_tables_only_where_the_columns_mean_the_same_money()
    {
        var check = new SameSubjectCheck();
        // 一般公共预算财政拨款 spending by subject may differ from all-fund spending: never compared with it.
        var gpb = Grid(
            ["项目", "<", "合计", "基本支出", "项目支出"],
            ["功能分类科目编码", "科目名称", "^", "^", "^"],
            ["201", "一般公共服务支出", "250.00", "47.76", "202.24"]);
        Block[] Doc(string[][] summary) =>
            [.. Titled("收入支出决算总表", Grid(summary)), .. Titled("支出决算表", Grid(Functional())), .. Titled("一般公共预算财政拨款支出决算表", gpb)];

        Assert.Empty(check.Run(Context(Doc(Summary()))));

        var f = Assert.Single(check.Run(Context(Doc(Summary().With(3, 3, "11.82")))));
        Assert.Equal(CheckNames.TableTable, f.Check);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.True(Cites(f, new CellRef(0, 3, 3)), "the summary's 社会保障和就业支出");
        Assert.True(Cites(f, new CellRef(1, 8, 2)), "208 in 支出决算表");
        Assert.Contains("收入支出决算总表", f.Message.En(), StringComparison.Ordinal);
        Assert.Contains("支出决算表", f.Message.En(), StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_of_the_same_subject_in_different_units_or_stages_are_not_compared()
    {
        var check = new SameSubjectCheck();
        var yuan = Grid(
            ["项目", "<", "本年支出合计", "基本支出", "项目支出"],
            ["功能分类科目编码", "科目名称", "^", "^", "^"],
            ["208", "社会保障和就业支出", "108200.00", "108200.00", ""]);
        Assert.Empty(check.Run(Context([.. Titled("支出决算表", Grid(Functional())), .. Titled("支出决算明细表", yuan, unit: "元")])));
    }
}
