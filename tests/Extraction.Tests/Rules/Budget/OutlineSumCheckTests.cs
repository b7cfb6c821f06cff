using Extraction.Results;
using Extraction.Rules.Checks.Budget;
using static Extraction.Tests.Rules.Budget.BudgetTables;
using static Extraction.Tests.Rules.Budget.Ledgers;

namespace Extraction.Tests.Rules.Budget;

/// <summary>Outline sums of uncoded amount tables (收入支出决算总表 and its kin).</summary>
public sealed class OutlineSumCheckTests
{
    private static readonly OutlineSumCheck Check = new();

    [Fact]
    public void Each_side_of_a_two_sided_summary_adds_up_to_its_totals()
    {
        Assert.Empty(Check.Run(Context(Titled("收入支出决算总表", Grid(Summary())))));

        var item = Assert.Single(Alarms(Check, Context(Titled("收入支出决算总表", Grid(Summary().With(3, 3, "11.83"))))));
        Assert.True(Cites(item, new Extraction.Results.CellRef(0, 5, 3)), "本年支出合计 is the stated total");
        Assert.Equal(308.83m, item.Computed);

        var total = Assert.Single(Alarms(Check, Context(Titled("收入支出决算总表", Grid(Summary().With(7, 1, "313.83"))))));
        Assert.True(Cites(total, new Extraction.Results.CellRef(0, 7, 1)));
        Assert.Equal("307.83+5.00 = 312.83，文中为313.83", total.Relation.Zh());
    }

    [Fact]
    public void Numbered_items_with_sub_items_and_balances_after_the_total()
    {
        string[][] rows =
        [
            ["项目", "预算数"],
            ["一、财政拨款收入", "100.00"],
            ["1.一般公共预算", "90.00"],
            ["2.政府性基金预算", "10.00"],
            ["二、事业收入", "5.00"],
            ["本年收入合计", "105.00"],
            ["年初财政拨款结转和结余", "21.63"],
            ["一、一般公共预算财政拨款", "21.63"],
            ["二、政府性基金预算财政拨款", ""],
            ["总计", "126.63"],
        ];
        Assert.Empty(Check.Run(Context(Titled("财政拨款收支总表", Grid(rows)))));

        var sub = Assert.Single(Alarms(Check, Context(Titled("财政拨款收支总表", Grid(rows.With(2, 1, "91.00"))))));
        Assert.True(Cites(sub, new CellRef(0, 1, 1)), "一、 is the sum of 1. and 2.");

        var balance = Assert.Single(Alarms(Check, Context(Titled("财政拨款收支总表", Grid(rows.With(7, 1, "20.63"))))));
        Assert.True(Cites(balance, new CellRef(0, 6, 1)), "年初结转和结余 is the sum of its items");
    }

    [Fact]
    public void A_first_total_after_unnumbered_amounts_is_left_alone()
    {
        string[][] rows = [["项目", "决算数"], ["一、基本支出", "10.00"], ["其他", "5.00"], ["合计", "12.00"]];
        Assert.Empty(Check.Run(Context(Titled("支出总表", Grid(rows)))));
    }
}
