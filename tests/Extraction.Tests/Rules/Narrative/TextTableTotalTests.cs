using Extraction.Model;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>Narrative amounts labelled as a table total against the table that prints it.</summary>
public sealed class TextTableTotalTests
{
    private static Block[] Tables(string total = "2,995.39") =>
    [
        P("收入支出决算总表"), P("单位：万元"),
        Grid(["项目", "决算数", "项目", "决算数"], ["一、一般公共预算财政拨款收入", "2,940.05", "一、一般公共服务支出", "2,106.66"],
            ["本年收入合计", "2,946.25", "本年支出合计", "2,940.05"], ["年初结转和结余", "49.14", "年末结转和结余", "55.34"], ["总计", total, "总计", total]),
        P("财政拨款收入支出决算总表"), P("单位：万元"),
        Grid(["项目", "决算数", "项目", "合计"], ["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"], ["总计", "2,961.68", "总计", "2,961.68"]),
        P("一般公共预算财政拨款支出决算表"), P("单位：万元"),
        Grid(["科目名称", "合计", "基本支出", "项目支出"], ["行政运行", "1,511.89", "1,503.52", "8.37"], ["合计", "2,940.05", "2,336.91", "603.14"]),
        P("一般公共预算财政拨款基本支出决算表"), P("单位：万元"),
        Grid(["人员经费合计", "2,152.26", "公用经费合计", "184.65"]),
    ];

    private static Finding[] Run(string narrative, string total = "2,995.39") =>
        Alarms(Check, Context([.. Tables(total), P(narrative)]));

    private static readonly TextTableTotalCheck Check = new();

    [Theory]
    [InlineData("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。")]
    [InlineData("本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%。")]
    [InlineData("上海市普陀区财政局2024年度财政拨款收入支出总计2961.68万元。")]
    [InlineData("一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。")]
    [InlineData("一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资；公用经费184.65万元。")]
    // One decimal: 2995.4 covers 2995.35…2995.45.
    [InlineData("收入支出总计2995.4万元。")]
    // Another fund's total is not the plain one.
    [InlineData("一般公共预算拨款收入支出总计100.00万元。")]
    public void Amounts_that_match_their_table_total_are_silent(string narrative) => Assert.Empty(Run(narrative));

    [Fact]
    public void A_narrative_total_the_table_contradicts_is_an_error_with_both_sides()
    {
        var f = Assert.Single(Run("上海市普陀区财政局2024年度收入支出总计0万元。"));
        Assert.Equal("text_table_mismatch", f.Check);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(0m, f.Stated);
        Assert.Equal(2995.39m, f.Computed);
        Assert.Contains(f.Evidence, e => e.Cell is not null);
    }

    [Theory]
    [InlineData("上海市普陀区财政局2024年度财政拨款收入支出总计2916.68万元。", 2961.68)]
    [InlineData("本年支出合计2904.05万元。", 2940.05)]
    [InlineData("一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2125.26万元，公用经费184.65万元。", 2152.26)]
    public void Each_total_is_read_from_its_own_table(string narrative, double table)
    {
        var f = Assert.Single(Run(narrative));
        Assert.Equal((decimal)table, f.Computed);
    }

    [Fact]
    public void Parts_of_the_year_s_spending_are_read_from_the_spending_table()
    {
        var table = new Block[]
        {
            P("支出决算表"), P("单位：万元"),
            Grid(["项目", "", "本年支出合计", "基本支出", "项目支出"], ["科目编码", "科目名称", "", "", ""], ["合计", "", "307.82", "105.58", "202.24"]),
        };
        Assert.Empty(Alarms(Check, Context([.. table, P("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%。")])));
        var f = Assert.Single(Alarms(Check, Context([.. table, P("本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出222.24万元，占65.70%。")])));
        Assert.Equal(202.24m, f.Computed);
        // Without the 本年支出合计 parent a 项目支出 is not known to be the table's.
        Assert.Empty(Alarms(Check, Context([.. table, P("某项目支出222.24万元。")])));
    }

    [Fact]
    public void A_table_continued_over_a_page_break_keeps_its_title()
    {
        var context = Context(P("财政拨款收入支出决算总表"), P("单位：万元"), Grid(["项目", "决算数", "项目", "合计"], ["一、一般公共预算财政拨款", "2,940.05", "一、一般公共服务支出", "2,106.66"]),
            Grid(["本年收入合计", "2,940.05", "本年支出合计", "2,940.05"], ["总计", "2,961.68", "总计", "2,961.68"]),
            P("财政拨款收入支出总计2916.68万元。"));
        Assert.Equal(2961.68m, Assert.Single(Alarms(Check, context)).Computed);
    }

    [Fact]
    public void A_table_without_a_unit_is_not_compared()
    {
        var context = Context(P("收入支出决算总表"), Grid(["总计", "2,995.39", "总计", "2,995.39"]), P("收入支出总计0万元。"));
        Assert.Empty(Alarms(Check, context));
    }

    [Fact]
    public void Budget_totals_in_yuan_are_compared_in_yuan()
    {
        var tables = new Block[] { P("2026年部门财务收支预算总表"), P("编制部门：上海市普陀区司法局"), P("单位：元"), Grid(["收入总计", "96,282,213.44", "支出总计", "96,282,213.44"]) };
        Assert.Empty(Alarms(Check, Context([.. tables, P("2026年，上海市普陀区司法局收入预算9628.22万元，其中：财政拨款收入9628.22万元。")])));
        Assert.Single(Alarms(Check, Context([.. tables, P("支出预算9682.22万元，其中：财政拨款支出预算9628.22万元。")])));
    }
}
