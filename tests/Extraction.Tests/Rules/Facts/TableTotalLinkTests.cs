using Extraction.Model;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>A narrative amount keyed as a table's total (the 合计 of a table titled by its subject, a row named X合计) is
/// linked to that total whatever the gap, and held to it by the same-fact check.</summary>
public sealed class TableTotalLinkTests
{
    private static Block[] Tables(string total = "2,995.39") =>
    [
        P("收入支出决算总表"), P("单位：万元"),
        TestDocs.Grid(["项目", "决算数", "项目", "决算数"], ["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"],
            ["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"], ["年初结转和结余", "49.14", "年末结转和结余", "55.34"], ["总计", total, "总计", total]),
        P("财政拨款收入支出决算总表"), P("单位：万元"),
        TestDocs.Grid(["项目", "决算数", "项目", "合计"], ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"], ["总计", "2,961.68", "总计", "2,961.68"]),
        P("一般公共预算财政拨款支出决算表"), P("单位：万元"),
        TestDocs.Grid(["科目名称", "合计", "基本支出", "项目支出"], ["行政运行", "1,511.89", "1,503.52", "8.37"], ["合计", "2,940.05", "2,336.91", "603.14"]),
        P("一般公共预算财政拨款基本支出决算表"), P("单位：万元"),
        TestDocs.Grid(["人员经费合计", "2,152.26", "公用经费合计", "184.65"]),
    ];

    private static IReadOnlyList<Finding> Run(string narrative, string total = "2,995.39") => Findings([.. Tables(total), P(narrative)]);

    [Theory]
    [InlineData("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。")]
    [InlineData("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%。")]
    [InlineData("上海市普陀区财政局2024年度财政拨款收入支出总计2961.68万元。")]
    [InlineData("一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。")]
    [InlineData("一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资；公用经费184.65万元。")]
    [InlineData("收入支出总计2995.4万元。")]
    // Another fund's total is not the plain one.
    [InlineData("一般公共预算拨款收入支出总计100.00万元。")]
    public void Amounts_that_match_their_table_total_are_silent(string narrative) => Assert.Empty(Run(narrative));

    [Theory]
    [InlineData("上海市普陀区财政局2024年度收入支出总计0万元。", 0, 2995.39)]
    [InlineData("上海市普陀区财政局2024年度财政拨款收入支出总计2916.68万元。", 2916.68, 2961.68)]
    [InlineData("本年支出合计2904.05万元。", 2904.05, 2940.05)]
    [InlineData("一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2125.26万元，公用经费184.65万元。", 2125.26, 2152.26)]
    [InlineData("一般公共预算财政拨款支出2040.05万元。", 2040.05, 2940.05)]
    // Not a misprint of the total at all: a key the table prints once needs no misprint shape.
    [InlineData("一般公共预算财政拨款基本支出1800.00万元。", 1800, 2336.91)]
    public void A_narrative_total_its_table_contradicts_is_a_text_table_mismatch(string narrative, double stated, double table)
    {
        var f = Assert.Single(Run(narrative));
        Assert.Equal(CheckNames.TextTable, f.Check);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(new[] { (decimal)stated, (decimal)table }.Order(), new[] { f.Stated!.Value, f.Computed!.Value }.Order());
        Assert.Contains(f.Evidence, e => e.Cell is not null);
    }

    [Fact]
    public void A_titled_table_s_total_row_holds_the_sentence_that_names_its_subject()
    {
        var table = TestDocs.Grid(["支出项目", "2023年决算数", "2024年决算数"], ["水电费", "100,000.00", "120,000.00"], ["劳务费", "200,000.00", "230,500.00"],
            ["合计", "300,000.00", "350,500.00"]);
        Block[] Doc(string said) => [P("表2 一般性支出明细表（单位：元）"), table, P($"2024年一般性支出合计{said}万元，比上年增长16.83%。")];
        Assert.Empty(Findings(Doc("35.05")));
        var f = Assert.Single(Findings(Doc("38.00")));
        Assert.Equal(CheckNames.TextTable, f.Check);
        // Last year's total is another quantity: the period decides.
        Assert.Empty(Findings([P("表2 一般性支出明细表（单位：元）"), table, P("2023年一般性支出合计30.00万元。")]));
    }

    [Fact]
    public void An_unscoped_sentence_beside_a_budget_and_an_outturn_total_names_neither()
    {
        var table = TestDocs.Grid(["科目名称", "年初预算数", "决算数"], ["合计", "3,618,468.00", "3,564,210.55"]);
        Block[] Doc(string said) => [P("一般公共预算财政拨款支出决算表"), P("单位：元"), table, P(said)];
        Assert.Empty(Findings(Doc("一般公共预算财政拨款支出300.00万元。")));
        Assert.Single(Findings(Doc("一般公共预算财政拨款支出决算300.00万元。")));
    }

    [Fact]
    public void A_table_without_a_unit_is_not_compared()
    {
        Assert.Empty(Findings(P("收入支出决算总表"), TestDocs.Grid(["总计", "2,995.39", "总计", "2,995.39"]), P("收入支出总计0万元。")));
    }

    [Fact]
    public void Subject_codes_are_labels_not_quantities()
    {
        var facts = Facts(P("一般公共预算财政拨款支出决算表"), P("单位：元"),
            TestDocs.Grid(["科目编码", "科目名称", "决算数"], ["201", "一般公共服务支出", "1,964,210.55"]));
        Assert.DoesNotContain(facts, f => f.Value == 201m);
        Assert.Contains(facts, f => f.Value == 1964210.55m && f.Measure == "一般公共服务支出");
    }

    [Fact]
    public void In_a_row_of_label_and_value_pairs_each_value_has_the_label_beside_it()
    {
        var facts = Facts(P("收入支出决算总表"), P("单位：万元"), TestDocs.Grid(["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"]));
        Assert.Equal("本年支出合计", Assert.Single(facts, f => f.Value == 2940.05m).RowHeader);
        Assert.Equal("本年收入合计", Assert.Single(facts, f => f.Value == 2946.25m).RowHeader);
    }

    [Fact]
    public void Parts_of_the_year_s_spending_are_read_from_the_spending_table()
    {
        Block[] Doc(string said) =>
        [
            P("支出决算表"), P("单位：万元"),
            TestDocs.Grid(["项目", "", "本年支出合计", "基本支出", "项目支出"], ["科目编码", "科目名称", "", "", ""], ["合计", "", "307.82", "105.58", "202.24"]),
            P(said),
        ];
        Assert.Empty(Findings(Doc("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。")));
        var f = Assert.Single(Findings(Doc("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出222.24万元，占65.70%。")));
        Assert.Equal(new[] { 202.24m, 222.24m }, new[] { f.Stated!.Value, f.Computed!.Value }.Order());
    }

    [Fact]
    public void A_table_continued_over_a_page_break_keeps_its_title()
    {
        var f = Assert.Single(Findings(P("财政拨款收入支出决算总表"), P("单位：万元"),
            TestDocs.Grid(["项目", "决算数", "项目", "合计"], ["一、一般公共预算财政拨款", "2,940.05", "一、一般公共服务支出", "2,106.66"]),
            TestDocs.Grid(["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"], ["总计", "2,961.68", "总计", "2,961.68"]),
            P("财政拨款收入支出总计2916.68万元。")));
        Assert.Equal(new[] { 2916.68m, 2961.68m }, new[] { f.Stated!.Value, f.Computed!.Value }.Order());
    }

    [Fact]
    public void Budget_totals_in_yuan_are_compared_in_yuan()
    {
        Block[] Tables() => [P("2026年部门财务收支预算总表"), P("编制部门：上海市普陀区司法局"), P("单位：元"), TestDocs.Grid(["收入总计", "96,282,213.44", "支出总计", "96,282,213.44"])];
        Assert.Empty(Findings([.. Tables(), P("2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元。")]));
        Assert.Single(Findings([.. Tables(), P("支出预算9682.22万元，其中：财政拨款支出预算9628.22万元。")]));
    }

    [Fact]
    public void A_part_continued_over_a_page_break_reads_its_columns_by_the_first_part_s_header()
    {
        var first = TestDocs.Grid(["项目名称", "预算数", "执行数", "执行率"], ["老旧小区改造", "601.44", "586.40", "97.50%"]);
        var rest = TestDocs.Grid(["农村饮水安全巩固提升", "629.06", "519.60", "82.60%"]) with { ContinuesPrevious = true };
        Block[] Doc(string said) => [P("表3 项目支出执行情况表（单位：万元）"), first, P("—3—"), rest, P(said)];
        Assert.Empty(Findings(Doc("农村饮水安全巩固提升项目执行519.60万元。")));
        var f = Assert.Single(Findings(Doc("农村饮水安全巩固提升项目执行529.60万元。")));
        Assert.Equal(519.60m, f.Computed);
        // Without the page geometry's word the second table is a table of its own: 预算数 and 执行数 are unknown, so the
        // two amounts of its row name no single quantity.
        Assert.Empty(Findings([P("表3 项目支出执行情况表（单位：万元）"), first, P("另见下表。"), rest with { ContinuesPrevious = false }, P("农村饮水安全巩固提升项目执行529.60万元。")]));
    }

    [Fact]
    public void A_title_run_into_the_sentence_before_the_table_still_names_its_subject()
    {
        var table = TestDocs.Grid(["支出项目", "2024年决算数", "2025年决算数"], ["水电费", "286,406.46", "289,007.53"], ["合计", "635,692.24", "683,956.52"]);
        Block[] Doc(string said) => [P("税金及附加费用27.82万元，均控制在预算以内。部门支出明细表单位：元"), table, P($"2025年部门支出合计{said}万元。")];
        Assert.Empty(Findings(Doc("68.40")));
        Assert.Single(Findings(Doc("8.40")));
        // A sentence after the last full stop is no title.
        Assert.Empty(Findings([P("均控制在预算以内。详见下表，单位：元"), table, P("2025年部门支出合计8.40万元。")]));
    }
}
