using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks.Rates;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules.Rates;

/// <summary>A 率 column (or row) of a table against the achieved and base columns its header names.</summary>
public sealed class TableRateTests
{
    private readonly TableRateCheck _check = new();

    private Finding[] Alarms(params Extraction.Model.Table[] tables) =>
        _check.Run(Context([], tables: tables)).Where(f => f.Severity >= Severity.Warning).ToArray();

    [Fact]
    public void Rates_their_columns_give_are_silent()
    {
        Assert.Empty(Alarms(Grid(["指标名称", "权重", "指标得分", "得分率"], ["A1项目立项", "5.00", "2.00", "40.00%"], ["B101管理制度健全性", "5.00", "3.33", "66.60%"], ["合计", "25.00", "11.47", "45.88%"])));
        Assert.Empty(Alarms(Grid(["分值", "15.00", "25.00", "100.00"], ["得分", "10.40", "11.47", "65.00"], ["得分率", "69.33%", "45.88%", "65.00%"])));
    }

    [Fact]
    public void A_row_whose_rate_its_cells_do_not_give_is_reported_at_its_cells()
    {
        var f = Assert.Single(Alarms(Grid(["指标名称", "权重", "指标得分", "得分率"], ["B101管理制度健全性", "5.00", "3.34", "66.60%"], ["合计", "25.00", "11.47", "45.88%"])));
        Assert.Equal("ratio_mismatch", f.Check);
        Assert.Equal(66.80m, f.Computed);
        Assert.Equal("3.34÷5.00×100% = 66.8%，文中为66.60%", f.Relation.Zh());
        Assert.Equal(new CellRef(0, 1, 3), f.Evidence[0].Cell);
        Assert.Contains(f.Evidence, e => e.Cell == new CellRef(0, 1, 2));
    }

    [Fact]
    public void A_transposed_table_is_read_by_its_first_column()
    {
        var f = Assert.Single(Alarms(Grid(["分值", "15.00", "25.00"], ["得分", "10.40", "11.50"], ["得分率", "69.33%", "45.88%"])));
        Assert.Equal(46.00m, f.Computed);
    }

    [Fact]
    public void Tables_without_an_achieved_and_a_base_column_or_with_a_fitting_base_are_silent()
    {
        // Two budgets: either may be the rate's base (90 ÷ 120).
        Assert.Empty(Alarms(Grid(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["甲", "100", "120", "90", "75.00%"])));
        Assert.Empty(Alarms(Grid(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["甲", "100", "120", "90", "90.00%"])));
        // A score table's first column of indicator names: the "rate" row's cells are weights and scores, not percentages.
        Assert.Empty(Alarms(Grid(["指标", "分值", "得分"], ["预算执行", "21", "20"], ["支出完成率", "4", "4"], ["实际支出", "3", "3"])));
        // No role words.
        Assert.Empty(Alarms(Grid(["项目", "甲", "乙", "比率"], ["一", "100", "120", "10.00%"])));
    }

    [Fact]
    public void A_rate_that_fits_none_of_the_bases_is_reported()
    {
        // 70.21% of a 项目支出 row printed 0.21%: neither 2609.66 ÷ 3500.00 nor ÷ 3716.87.
        var f = Assert.Single(Alarms(Grid(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["项目支出", "3500.00", "3716.87", "2609.66", "0.21%"])));
        Assert.Equal(70.21m, f.Computed);
    }

    [Fact]
    public void A_rate_that_fits_no_base_is_held_against_the_base_of_its_own_period()
    {
        // 91.86% (3005.08 ÷ 3271.47) read as 9186% on a scan: held against 全年预算数, the base of 全年执行数, not against
        // 年初预算数 (98.20%), whichever is nearer to 9186 — so the finding shows a lost decimal point.
        var f = Assert.Single(Alarms(Grid(["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"], ["年度资金总额", "3060.03", "3271.47", "3005.08", "9186%"])));
        Assert.Equal(91.86m, f.Computed);
        Assert.True(OcrSlipPolicy.LostPoint(f.Stated!.Value, f.Computed!.Value));
        // Bases that share no leading word with the achieved line: the nearest one.
        var g = Assert.Single(Alarms(Grid(["项目", "预算数", "调整预算数", "执行数", "执行率"], ["甲", "3060.03", "3271.47", "3005.08", "9186%"])));
        Assert.Equal(98.20m, g.Computed);
    }

    [Fact]
    public void A_form_prints_its_header_below_the_title_rows()
    {
        // The national 项目支出绩效自评表: 项目名称 / 主管部门 rows, then the funds header; 分值 and 得分 are no operands of 执行率.
        var form = Grid(
            ["项目名称", "农村饮水安全巩固提升工程", "", "", "", "", "", ""],
            ["主管部门", "云岭州农业农村局", "", "", "实施单位", "云岭州农业农村局", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "685.73", "731.53", "651.15", "10", "89.11%", "8.90"]);
        var f = Assert.Single(Alarms(form));
        Assert.Equal(89.01m, f.Computed);
        Assert.Empty(Alarms(Grid(
            ["项目名称", "农村饮水安全巩固提升工程", "", "", "", "", "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "685.73", "731.53", "651.15", "10", "89.01%", "8.90"])));
    }
}
