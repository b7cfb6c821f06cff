using System.Globalization;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.TestDocs;

namespace Extraction.Tests.Rules;

/// <summary>Each check with a case that holds (no error or warning) and one that fails.</summary>
public sealed class CheckTests
{
    private static Finding[] Alarms(ICheck check, AnalysisContext context) =>
        check.Run(context).Where(f => f.Severity >= Severity.Warning).ToArray();

    [Fact]
    public void Average_mismatch()
    {
        var check = new AverageCheck();
        Assert.Empty(Alarms(check, Context(["四个季度的预算执行率分别为146.69%、124.64%、113.42%、98.09%，全年平均执行率为120.71%。"])));
        Assert.Empty(Alarms(check, Context(["市委督查折算分 93.17，市政府督查折算分 96.86，平均得分 95.02 分。"])));
        Assert.Empty(Alarms(check, Context(["执行率分别为100.00%、100.00%、100.00%、68.91%，四年加权平均值为87.93%。"])));
        Assert.Empty(Alarms(check, Context(["及时率=80/174×100%=45.98%，期权平均补贴发放及时率=（33.56%+27.72%+55.36%+45.98%）/4=40.66%。"])));
        var f = Assert.Single(Alarms(check, Context(["一、二、三、四季度的预算执行率分别为36.10%、49.86%、74.22%、91.01%，全年平均执行率为97.5%。"])));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(62.80m, f.Computed);
    }

    [Fact]
    public void Sum_mismatch_after_qiZhong()
    {
        var check = new ComponentSumCheck();
        Assert.Empty(Alarms(check, Context(["预算支出共1461.46万元，其中：人员支出881.68万元、公用支出220.56万元、对个人和家庭的补助支出42.52万元、项目支出316.70万元。"])));
        Assert.Empty(Alarms(check, Context(["总资产为1301.12万元，其中固定资产原值1648.58万元，固定资产折旧362.27万元，折旧率为21.97%；无形资产13.25万元，无形资产折旧6.17万元；流动资产7.72万元。"])));
        Assert.Empty(Alarms(check, Context(["参保单位共5760家，其中参保人1000人以上的参保单位15家。"])));
        Assert.Empty(Alarms(check, Context(["收入预算9628.22万元，其中：财政拨款收入9628.22万元，比上年增加793.14万元。"])));
        Assert.Empty(Alarms(check, Context(["资金3749.95万元，其中省级3218.95万元、中央531万元，另安排1015.05万元。"])));
        var f = Assert.Single(Alarms(check, Context(["预算支出共1461.46万元，其中：人员支出881.68万元、公用支出220.56万元、对个人和家庭的补助支出42.52万元、项目支出326.70万元。"])));
        Assert.Equal(1471.46m, f.Computed);
        Assert.Single(Alarms(check, Context(["总支出4077万元。其中：基本支出1474.99万元，占总支出的36.18%；项目支出2502.01万元，占总支出的63.82%。"])));
    }

    [Fact]
    public void Sum_mismatch_in_a_table_total_row_with_feasibility_for_empty_cells()
    {
        var check = new TableColumnSumCheck();
        var ok = Grid(["任务", "预算数"], ["甲", "100.50"], ["乙", "200.25"], ["金额合计", "300.75"]);
        var bad = Grid(["任务", "预算数"], ["甲", "100.50"], ["乙", "200.25"], ["金额合计", "310.75"]);
        var missing = Grid(["任务", "预算数"], ["甲", "100.50"], ["乙", ""], ["丙", "200.25"], ["金额合计", "400.00"]);
        Assert.Empty(Alarms(check, Context([], tables: [ok])));
        Assert.Single(Alarms(check, Context([], tables: [bad])));
        Assert.Empty(Alarms(check, Context([], tables: [missing])));
        var hierarchical = Grid(["科目", "金额"], ["一般公共服务", "2,946.25"], ["行政运行", "2,940.05"], ["其他", "6.20"], ["合计", "2,946.25"]);
        var coded = Grid(["201", "100.00"], ["20101", "60.00"], ["20102", "30.00"], ["合计", "100.00"]);
        Assert.Empty(Alarms(check, Context([], tables: [hierarchical])));
        Assert.Empty(Alarms(check, Context([], tables: [coded])));
    }

    [Fact]
    public void A_part_larger_than_the_total_is_read_when_a_slip_explains_it()
    {
        var check = new TableColumnSumCheck();
        // 项目支出 4856.42 printed with a digit doubled: larger than the 合计, yet 2637.43 + 4856.42 = 7493.85.
        var doubled = Grid(["项目", "全年预算数", "执行率"], ["基本支出", "2637.43", "99.62%"], ["项目支出", "48856.42", "76.12%"], ["合计", "7493.86", "84.39%"]);
        var f = Assert.Single(Alarms(check, Context([], tables: [doubled])));
        Assert.Equal(51493.85m, f.Computed);
        // The 合计 with a digit dropped: far short of its parts.
        var dropped = Grid(["项目", "全年执行数"], ["基本支出", "1956.15"], ["项目支出", "4338.60"], ["合计", "294.75"]);
        Assert.Single(Alarms(check, Context([], tables: [dropped])));
        // A part larger than the total that no slip explains stays a hierarchy (a subtotal row).
        var subtotal = Grid(["项目", "金额"], ["基本支出", "5000.00"], ["人员经费", "3100.00"], ["合计", "4000.00"]);
        Assert.Empty(Alarms(check, Context([], tables: [subtotal])));
    }

    [Fact]
    public void A_score_table_part_continued_on_the_next_page_is_no_amount_table()
    {
        var check = new TableColumnSumCheck();
        var head = Grid(["指标编码", "三级指标", "标准分", "得分"], ["D101", "年度任务完成率", "1", "1.00"]);
        var rest = Grid(["D201", "群众满意度", "28", "28.00"], ["小计", "", "32", "31.40"], ["合计", "", "100", "87.04"]) with { ContinuesPrevious = true };
        Assert.Empty(Alarms(check, Context([], tables: [head, rest])));
        // The same rows as a table of their own (not continuing a score table) are an amount table whose total fails.
        Assert.NotEmpty(Alarms(check, Context([], tables: [head, rest with { ContinuesPrevious = false }])));
    }

    [Fact]
    public void Ratio_mismatch_for_shares_and_rates()
    {
        var check = new ShareCheck();
        Assert.Empty(Alarms(check, Context(["预算安排总收入4061.98万元，其中一般公共预算财政拨款2451.83万元，占总收入的60.36%；政府性基金预算财政拨款1610.15万元，占总收入的39.64%。"])));
        Assert.Empty(Alarms(check, Context(["2019年末存量资金57981.03元，2018年末存量资金310155.3元，国库集中支付结转结余存量资金变动率-81.31%。"])));
        Assert.Empty(Alarms(check, Context(["预算金额548.06万元，决算金额511.05万元，预算执行完成率为93.25%。"])));
        var info = check.Run(Context(["固定资产总额8120.9万元，在用固定资产总额8105.9万元，利用率99.80%。"])).ToArray();
        Assert.Single(Alarms(check, Context(["预算安排总收入4061.98万元，其中一般公共预算财政拨款2451.83万元，占总收入的63.36%。"])));
        Assert.Single(Alarms(check, Context(["预算金额548.06万元，决算金额511.05万元，预算执行完成率为95.25%。"])));
        Assert.Single(info);
    }

    [Fact]
    public void Formula_mismatch_with_percent_scale_and_truncation()
    {
        var check = new FormulaCheck();
        Assert.Empty(check.Run(Context(["日常公用经费控制率=183,333.33÷183,421.03×100%=99.95%。"])));
        Assert.Empty(check.Run(Context(["本项指标得分= (90.83+99.95) /2*5分=4.77分"])));
        var f = Assert.Single(check.Run(Context(["固定资产利用率 =(8105.9/8120.9)×100%≈95.81%"])));
        Assert.Equal(Severity.Error, f.Severity);
        var truncated = Assert.Single(check.Run(Context(["利用率=8105.90/8120.90×100%=99.81%"])));
        Assert.Equal(Severity.Info, truncated.Severity);
        // The = before the figures lost on a scan: the figures are still checked (3758.85 for 3759.85 gives 86.03%).
        Assert.Empty(check.Run(Context(["预算执行率=全年执行数÷全年预算数×100%3759.85÷4369.30×100%=86.05%。"])));
        var slip = Assert.Single(Alarms(check, Context(["预算执行率=全年执行数÷全年预算数×100%3758.85÷4369.30×100%=86.05%。"])));
        Assert.Equal(86.03m, slip.Computed);
    }

    [Fact]
    public void A_score_rate_after_a_weight_and_a_score_in_fen_is_their_ratio()
    {
        var check = new ShareCheck();
        Assert.Empty(Alarms(check, Context(["投入指标满分17分，实际得分16.34分，得分率96.12%；“过程”部分满分32分，实际得分27.76分，得分率86.75%。"])));
        var f = Assert.Single(Alarms(check, Context(["投入指标满分17分，实际得分16.34分，得分率96.12%；“过程”部分满分32分，实际得分27.76分，得分率86.65%。"])));
        Assert.Equal(86.75m, f.Computed);
        // Two scores before any other rate are not its operands.
        Assert.Empty(Alarms(check, Context(["满分32分，实际得分27.76分，执行率86.65%。"])));
    }

    [Fact]
    public void Printed_scores_in_a_formula_are_exact_so_a_difference_one_hundredth_off_is_found()
    {
        var check = new FormulaCheck();
        Assert.Empty(Alarms(check, Context(["注：核减分数=自评得分-核查得分=90.28分-89.28分=1.00分。"])));
        var f = Assert.Single(Alarms(check, Context(["注：核减分数=自评得分-核查得分=90.28分-89.28分=1.01分。"])));
        Assert.Equal(1.00m, f.Computed);
        // Amounts and rates are still read as rounded: 0.01 off after a subtraction is within their rounding.
        Assert.Empty(Alarms(check, Context(["结余=90.28万元-89.28万元=1.01万元。"])));
    }

    [Fact]
    public void An_exact_score_difference_one_hundredth_below_is_no_truncation()
    {
        // 86.13 − 85.04 is exactly 1.09: cut or rounded it prints 1.09, so 1.08 is an error, not a truncated print.
        var check = new FormulaCheck();
        var f = Assert.Single(Alarms(check, Context(["注：核减分数=自评得分-核查得分=86.13分-85.04分=1.08分。"])));
        Assert.Equal(1.09m, f.Computed);
        Assert.Empty(Alarms(check, Context(["注：核减分数=自评得分-核查得分=86.13分-85.04分=1.09分。"])));
        // A quotient of exact scores that a truncated print reaches stays a truncation (info, not an alarm).
        Assert.Empty(Alarms(check, Context(["得分率=27.76分÷32分×100%=86.75%。"])));
        Assert.Empty(Alarms(check, Context(["得分率=2分÷3分×100%=66.66%。"])));
    }

    [Fact]
    public void Formula_mismatch_on_a_low_confidence_scan_is_a_warning_that_says_verify()
    {
        var document = new Extraction.Model.Document("scan", [new Extraction.Model.Page(1, [new Extraction.Model.Paragraph("利用率 =(8105.9/8120.9)×100%≈95.81%", new Extraction.Model.Provenance(1, null, 0.6))])], []);
        var context = new AnalysisContext(document, new DocumentMetadata(DocumentKind.Verification), [], [], []);
        var f = Assert.Single(new FormulaCheck().Run(context));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("verify against the scan", f.Message.En(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_table_mismatch_by_label_and_by_shared_anchor()
    {
        var check = new RepeatedFigureCheck();
        Assert.Empty(Alarms(check, Context([], [Fig("固定资产利用率", 99.81m), Fig("固定资产利用率", 99.81m, origin: "table")])));
        Assert.Empty(Alarms(check, Context([], [Fig("完成率", 94.65m), Fig("完成率", 38.35m)])));
        Assert.Single(Alarms(check, Context([], [Fig("固定资产利用率", 99.81m), Fig("固定资产利用率", 95.81m, origin: "table")])));
        var anchored = Context(["2019年末存量资金57981.03元，2018年末存量资金310155.3元。", "2019年权责发生制额度为5798.03元，2018年权责发生制额度为310155.3元。"]);
        Assert.Single(Alarms(check, anchored));
        Assert.Empty(Alarms(check, Context(["2019年末存量资金57981.03元，2018年末存量资金310155.3元。", "2019年额度为57981.03元，2018年额度为310155.3元。"])));
    }

    [Fact]
    public void Score_exceeds_weight_unless_a_transfer_explains_it()
    {
        var check = new ScoreExceedsWeightCheck();
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("甲", 4, 4)])));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 4, 4.5m)])));
        var transfer = Context([], indicators: [Ind("支出完成率", 4, 4.5m, note: "“资金下达合法性”指标2分值调整至“支出完成率”"), Ind("资金下达合法性", 3, 1)]);
        Assert.Empty(Alarms(check, transfer));
        Assert.Single(check.Run(transfer));
    }

    [Fact]
    public void A_self_score_above_its_weight_is_held_even_when_the_verified_score_is_within_it()
    {
        var check = new ScoreExceedsWeightCheck();
        Assert.Empty(Alarms(check, Context([], indicators: [Verified("甲", 15, self: 13.69m, verified: 13.19m)])));
        var f = Assert.Single(Alarms(check, Context([], indicators: [Verified("甲", 15, self: 31.69m, verified: 13.19m)])));
        Assert.Equal(31.69m, f.Stated);
        Assert.Equal(15m, f.Computed);
    }

    [Fact]
    public void A_self_column_is_held_to_its_own_printed_total()
    {
        var check = new ColumnTotalCheck();
        ScoreTable Table(decimal selfA, decimal selfTotal) => new([Verified("甲", 60, self: selfA, verified: 50m), Verified("乙", 40, self: 38.5m, verified: 35m)])
        {
            Total = Fig("核查得分合计", 85m, "分"),
            ColumnTotals = [new ColumnTotal("self", Fig("自评得分合计", selfTotal, "分", decimals: 1), null), new ColumnTotal("verified", Fig("核查得分合计", 85m, "分"), null)],
        };
        AnalysisContext With(ScoreTable table) => Context([]) with { ScoreTables = [table] };
        Assert.Empty(Alarms(check, With(Table(55m, 93.5m))));
        var f = Assert.Single(Alarms(check, With(Table(57m, 93.5m))));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(95.5m, f.Computed);
        // The main column is TotalCheck's: a verified total that does not add up draws nothing here.
        Assert.Empty(Alarms(check, With(Table(55m, 93.5m) with { ColumnTotals = [new ColumnTotal("verified", Fig("核查得分合计", 90m, "分"), null)] })));
    }

    private static Indicator Verified(string name, decimal weight, decimal self, decimal verified) => Ind(name, weight, verified) with
    {
        SelfScore = self,
        Scores = [new ColumnScore("self", self, self.ToString(CultureInfo.InvariantCulture)), new ColumnScore("verified", verified, verified.ToString(CultureInfo.InvariantCulture))],
    };

    [Fact]
    public void The_national_forms_funds_row_is_one_name_by_design_and_counts_in_the_total_weight()
    {
        var check = new WeightSumCheck();
        var funds = new Indicator([new IndicatorLevel("执行率", 10)], 10, 8.03m, new Evidence(1, "执行率")) { Formula = "execution_rate" };
        Indicator Leaf(string l1, string l2, string name, decimal weight) =>
            new([new IndicatorLevel(l1, null), new IndicatorLevel(l2, null), new IndicatorLevel(name, weight)], weight, weight, new Evidence(1, name));
        ScoreTable Form(decimal last) => new([funds, Leaf("产出指标", "数量指标", "完成项目个数", 44), Leaf("产出指标", "质量指标", "设备完好率", 30), Leaf("效益指标", "社会效益指标", "受益群众人数", last)])
        {
            TotalWeight = Fig("总分", 100m, null, decimals: 0),
        };
        AnalysisContext With(ScoreTable table) => Context([]) with { ScoreTables = [table] };
        Assert.Empty(Alarms(check, With(Form(16))));
        var f = Assert.Single(Alarms(check, With(Form(17))));
        Assert.Equal(101m, f.Computed);
        // Without the form's mark the lone name is a row that lost its levels: the table is partly read, nothing is said.
        Assert.Empty(Alarms(check, With(Form(17) with { Indicators = [funds with { Formula = null }, .. Form(17).Indicators.Skip(1)] })));
    }

    [Fact]
    public void Weight_sum_mismatch_against_parent_and_100()
    {
        var check = new WeightSumCheck();
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("甲", 60, 50, l1: "A", l1Weight: 60), Ind("乙", 30, 20, l1: "B", l1Weight: 40), Ind("丙", 10, 10, l1: "B", l1Weight: 40)])));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 60, 50, l1: "A", l1Weight: 60), Ind("乙", 30, 20, l1: "B", l1Weight: 40), Ind("丙", 5, 5, l1: "B", l1Weight: 40)])));
        var top = Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 50, 50, l1: "A", l1Weight: 50), Ind("乙", 40, 20, l1: "B", l1Weight: 40)])));
        Assert.Equal(2, top.Evidence.Count);
        var parent = Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 60, 50, l1: "A", l1Weight: 60), Ind("乙", 30, 20, l1: "B", l1Weight: 40), Ind("丙", 5, 5, l1: "B", l1Weight: 40)])));
        Assert.Equal(2, parent.Evidence.Count);
    }

    [Fact]
    public void Weight_sums_with_rows_that_lost_their_upper_levels_are_feasibility_checks()
    {
        static Indicator Three(string l1, decimal w1, string l2, decimal w2, string name, decimal w) =>
            new([new IndicatorLevel(l1, w1), new IndicatorLevel(l2, w2), new IndicatorLevel(name, w)], w, w, new Evidence(1, name));
        static Indicator Lone(string name, decimal w) => new([new IndicatorLevel(name, w)], w, w, new Evidence(1, name));

        var check = new WeightSumCheck();
        Indicator[] whole = [Three("A", 60, "A1", 60, "a", 40), Three("A", 60, "A1", 60, "b", 20), Three("B", 40, "B1", 40, "c", 40)];
        Assert.Empty(Alarms(check, Context([], indicators: whole)));

        // "b" read without its upper levels: A1 knows only 40 of its 60, the top only A and B; neither is an alarm.
        Indicator[] lost = [whole[0], Lone("b", 20), whole[2]];
        Assert.Empty(Alarms(check, Context([], indicators: lost)));

        // Known children above their parent stay an error whatever was lost.
        Indicator[] over = [Three("A", 60, "A1", 60, "a", 70), Lone("b", 20), whole[2]];
        Assert.NotEmpty(Alarms(check, Context([], indicators: over)));

        // A scan's table continued on the next page without its spanned 一级 cell: "b" reads as 二级/三级 only.
        static Indicator Two(string l2, decimal w2, string name, decimal w) =>
            new([new IndicatorLevel(l2, w2), new IndicatorLevel(name, w)], w, w, new Evidence(1, name));
        Indicator[] continued = [Three("A", 60, "A1", 40, "a", 40), Two("A2", 20, "b", 20), whole[2]];
        Assert.Empty(Alarms(check, Context([], indicators: continued)));
        Indicator[] continuedOver = [Three("A", 60, "A1", 40, "a", 40), Two("A2", 20, "b", 25), whole[2]];
        Assert.NotEmpty(Alarms(check, Context([], indicators: continuedOver)));

        // The same, read as two table parts: the part on page 2 starts without its 一级 cell.
        static Indicator On(int page, Indicator i) => i with { Evidence = new Evidence(page, i.Evidence.Quote) };
        AnalysisContext Parts(int secondPage, decimal bWeight)
        {
            var basis = Context([]);
            ScoreTable first = new([On(1, Three("A", 60, "A1", 40, "a", 20)), On(1, Three("A", 60, "A1", 40, "a2", 20))]);
            ScoreTable second = new([On(secondPage, Two("A2", 20, "b", bWeight)), On(secondPage, Three("B", 40, "B1", 40, "c", 40))]);
            return basis with { ScoreTables = [first, second] };
        }

        Assert.Empty(Alarms(check, Parts(2, 20)));
        Assert.NotEmpty(Alarms(check, Parts(2, 25)));
        Assert.NotEmpty(Alarms(check, Parts(5, 20)));
    }

    [Fact]
    public void Leaf_weights_against_the_total_rows_own_weight_when_no_upper_level_prints_one()
    {
        static Indicator Leaf(string l1, string l2, string name, decimal w, int page = 1) =>
            new([new IndicatorLevel(l1, null), new IndicatorLevel(l2, null), new IndicatorLevel(name, w)], w, w, new Evidence(page, name));
        static AnalysisContext With(Indicator[] rows, decimal totalWeight) =>
            Context([]) with { ScoreTables = [new ScoreTable(rows) { TotalWeight = new Figure("合计", totalWeight, totalWeight.ToString(CultureInfo.InvariantCulture), "分", new Evidence(1, "合计 " + totalWeight)) { Origin = "table" } }] };

        var check = new WeightSumCheck();
        Indicator[] clean = [Leaf("投入", "目标", "a", 30), Leaf("投入", "目标", "b", 20), Leaf("产出", "数量", "c", 50)];
        Assert.Empty(Alarms(check, With(clean, 100)));

        // A doubled digit (20 → 200) is far from 100, and still the document's own total row contradicts it.
        Indicator[] doubled = [clean[0], Leaf("投入", "目标", "b", 200), clean[2]];
        var finding = Assert.Single(Alarms(check, With(doubled, 100)));
        Assert.Equal(280m, finding.Computed);
        Assert.Equal(100m, finding.Stated);

        // The finding rests on the rows it sums as well as on the total row: a doubtful child reading on a scan reaches it.
        Assert.Equal(["合计 100", "a", "b", "c"], finding.Evidence.Select(e => e.Quote));

        // Rows on another page than the total row: the break may have lost a row, so no claim.
        Indicator[] broken = [clean[0], Leaf("投入", "目标", "b", 200, page: 2), clean[2]];
        Assert.Empty(Alarms(check, With(broken, 100)));

        // Over two pages with the scores adding up to the total row's score, every scored row was read: a changed 分值
        // (25 where its score says 20 of 20) is held to the total row's 分值; scores that miss the total say nothing.
        static AnalysisContext Totalled(Indicator[] rows, decimal total)
        {
            var context = With(rows, 100);
            return context with { ScoreTables = [context.ScoreTables[0] with { Total = Fig("合计", total, "分", decimals: 0, origin: "table") }] };
        }

        Indicator[] changed = [clean[0], Leaf("投入", "目标", "b", 25, page: 2) with { Score = 20m }, clean[2]];
        Assert.Equal(105m, Assert.Single(Alarms(check, Totalled(changed, 100))).Computed);
        Assert.Empty(Alarms(check, Totalled(changed, 80)));
        Assert.Empty(Alarms(check, Totalled([clean[0], Leaf("投入", "目标", "b", 20, page: 2), clean[2]], 100)));

        // Two rows with one path: the sum is ambiguous, no claim.
        Indicator[] twice = [clean[0], Leaf("投入", "目标", "a", 20), clean[2]];
        Assert.Empty(Alarms(check, With(twice, 100)));
    }

    [Fact]
    public void Total_mismatch_with_feasibility_for_missing_scores()
    {
        var check = new TotalCheck();
        var total = Fig("合计", 94.98m, "分", origin: "table");
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("甲", 60, 60), Ind("乙", 40, 34.98m)], total: total)));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 60, 60), Ind("乙", 40, 33.98m)], total: total)));
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("甲", 60, 60), Ind("乙", 40, null)], total: total)));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 50, 50), Ind("乙", 40, null), Ind("丙", 10, 2)], total: total)));
    }

    [Fact]
    public void Total_mismatch_when_the_narrative_states_another_total_than_the_table()
    {
        var check = new TotalCheck();
        var table = Fig("合计", 94.98m, "分", origin: "table");
        var context = Context([], indicators: [Ind("甲", 60, 60), Ind("乙", 40, 34.98m)], total: table);
        var same = context with { Metadata = context.Metadata with { StatedTotal = table, NarrativeTotal = Fig("总分", 94.98m, "分") } };
        Assert.Empty(Alarms(check, same));
        var other = context with { Metadata = context.Metadata with { StatedTotal = table, NarrativeTotal = Fig("总分", 92.98m, "分") } };
        var finding = Assert.Single(Alarms(check, other));
        Assert.Equal(Impact.Total, finding.Impact);
    }

    [Fact]
    public void Grade_mismatch_uses_the_national_bands()
    {
        var check = new GradeCheck();
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("甲", 100, 91)], total: Fig("合计", 91m, "分"), grade: "优")));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("甲", 100, 89.5m)], total: Fig("合计", 89.5m, "分"), grade: "优")));
        Assert.Equal("良", Grades.For(80m));
        Assert.Equal("中", Grades.For(79.99m));
        Assert.Equal("差", Grades.For(59m));
    }

    [Fact]
    public void Grade_mismatch_holds_each_column_grade_to_its_own_total_and_the_narrative_grade_beside_the_table_grade()
    {
        var check = new GradeCheck();
        var verified = Fig("核查得分", 78.91m, "分");
        var baseContext = Context([], indicators: [Ind("甲", 100, 78.91m)], total: verified, grade: "中");
        // 自评得分80.55分，自评等级为“良”；核查得分78.91分，核查等级为“中”: each grade fits its own column's total.
        var columns = baseContext with
        {
            Metadata = baseContext.Metadata with
            {
                StatedTotal = verified,
                NarrativeColumnTotals = [new ColumnTotal("self", Fig("自评得分", 80.55m, "分"), "良"), new ColumnTotal("verified", verified, "中")],
            },
        };
        Assert.Empty(Alarms(check, columns));
        var selfWrong = columns with
        {
            Metadata = columns.Metadata with { NarrativeColumnTotals = [new ColumnTotal("self", Fig("自评得分", 80.55m, "分"), "优"), new ColumnTotal("verified", verified, "中")] },
        };
        var f = Assert.Single(Alarms(check, selfWrong));
        Assert.Equal(80.55m, f.Stated);
        // The table's grade row says 中 and fits; the narrative says 优 for the same total.
        Assert.Empty(Alarms(check, baseContext with { Metadata = baseContext.Metadata with { StatedTotal = verified, NarrativeGrade = "中" } }));
        Assert.Single(Alarms(check, baseContext with { Metadata = baseContext.Metadata with { StatedTotal = verified, NarrativeGrade = "优" } }));
    }

    [Fact]
    public void A_gap_in_bands_read_by_ocr_with_low_confidence_is_info_and_a_score_judged_by_a_defective_text_too()
    {
        const string gapped = "达到95%及以上的得满分19分，90%-95%（含90%）得15.20分，80%90%（含80%）得11.40分，低于80%得7.60分";
        var printed = Ind("服务对象满意度", 19, 11.4m, gapped);
        var scanned = printed with { Evidence = printed.Evidence with { Confidence = 0.7 } };
        Assert.Single(Alarms(new RuleTextCheck(), Context([], indicators: [printed])));
        Assert.Empty(Alarms(new RuleTextCheck(), Context([], indicators: [scanned])));
        Assert.Single(new RuleTextCheck().Run(Context([], indicators: [scanned])));

        var rescore = new RescoreCheck();
        AnalysisContext Judged(Indicator i) => Context([], indicators: [i]) with { Assessments = [new IndicatorAssessment(i, "criteria:bands", 15.2m) { Derived = true }] };
        Assert.Empty(Alarms(rescore, Judged(printed)));
        Assert.Single(rescore.Run(Judged(printed)));
        var sound = Ind("服务对象满意度", 19, 11.4m, "达到95%及以上的得满分19分，90%-95%（含90%）得15.20分，80%-90%（含80%）得11.40分，低于80%得7.60分");
        Assert.Equal(Severity.Warning, Assert.Single(Alarms(rescore, Judged(sound))).Severity);
    }

    [Fact]
    public void A_gap_whose_bounds_stand_side_by_side_in_recognised_text_is_info_however_sure_the_reading()
    {
        // "80%90%": the dash was lost in reading, and the band it made is the gap. Read surely (0.99), still info.
        const string gapped = "达到95%及以上的得满分1分，90%-95%（含90%)得0.80分，80%90%（含80%)得0.60分，低于80%得0.40分";
        var scanned = Ind("服务对象满意度", 1, 0.6m, gapped) with { Evidence = new Evidence(1, "服务对象满意度") { Confidence = 0.99 } };
        Assert.Empty(Alarms(new RuleTextCheck(), Context([], indicators: [scanned])));
        Assert.Equal(Severity.Info, Assert.Single(new RuleTextCheck().Run(Context([], indicators: [scanned]))).Severity);

        // A gap printed as such (80% and 90% apart, both bands' bounds written out) on a surely read scan stays a warning,
        // as does "80%90%" on a text page (no reading to doubt).
        var written = Ind("服务对象满意度", 1, 0.6m, "达到95%及以上的得满分1分，90%-95%（含90%)得0.80分，低于80%得0.40分") with { Evidence = new Evidence(1, "服务对象满意度") { Confidence = 0.99 } };
        Assert.Single(Alarms(new RuleTextCheck(), Context([], indicators: [written])));
        Assert.Single(Alarms(new RuleTextCheck(), Context([], indicators: [Ind("服务对象满意度", 1, 0.6m, gapped)])));
    }

    [Theory]
    [InlineData("80%90%（含80%)得0.60分", 80, 90, true)]
    [InlineData("9095%得4分", 90, 95, true)]
    [InlineData("80%-90%（含80%)得0.60分", 80, 90, false)]
    [InlineData("180%90%", 80, 90, false)]
    [InlineData("80%90.5%", 80, 90, false)]
    public void Lost_separator_is_the_gaps_bounds_side_by_side(string criteria, int high, int low, bool lost) =>
        Assert.Equal(lost, RuleTextCheck.LostSeparator(criteria, high, low));

    [Fact]
    public void Rule_text_defect_for_overlapping_bands_and_points_not_adding_up()
    {
        var check = new RuleTextCheck();
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("满意度", 6, 6, "1.满意度≥95%的，得6分；⏎2. 90%≤满意度＜95%的，得4分；⏎3. 80%≤满意度＜90%的，得2分；⏎4. 满意度＜80%的，得1分。")])));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("变动率", 3, 3, "1. 变动率≤0但是大于-10%的，得1分；⏎2. 变动率≥0的，不得分；")])));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("满意度", 6, 6, "1.满意度≥95%的，得6分；2. 80%≤满意度＜90%的，得2分；")])));
        Assert.Single(Alarms(check, Context([], indicators: [Ind("完整性", 3, 3, "1.按要求编报绩效目标（8分）；2.一项扣1分，扣完为止。")])));
        Assert.Empty(Alarms(check, Context([], indicators: [Ind("完整性", 8, 8, "1.按要求编报绩效目标（8分）；2.一项扣1分，扣完为止。")])));
    }

    [Fact]
    public void Rescore_mismatch_when_no_convention_reproduces_the_printed_score()
    {
        var engine = new Extraction.Rules.Engine.RuleEngine();
        var criteria = "1.满意度≥95%的，得6分；2. 90%≤满意度＜95%的，得4分；3. 满意度＜90%的，得2分。";
        var bad = Context(["公众满意度为97%。"], indicators: [Ind("服务对象满意度调查", 6, 4, criteria)]);
        bad = bad with { Assessments = engine.Assess(bad) };
        var f = Assert.Single(new RescoreCheck().Run(bad));
        Assert.Equal(6m, f.Computed);
        var good = Context(["公众满意度为97%。"], indicators: [Ind("服务对象满意度调查", 6, 6, criteria)]);
        good = good with { Assessments = engine.Assess(good) };
        Assert.Empty(new RescoreCheck().Run(good));
    }

    [Fact]
    public void A_label_printed_with_several_values_is_a_series_and_not_the_value_a_rule_scores()
    {
        var engine = new Extraction.Rules.Engine.RuleEngine();
        var criteria = "得分=预算执行率×14分。";
        string[] series = ["一至四季度累计预算执行率分别为29.00%、47.39%、63.77%和93.14%。"];
        Figure[] quarters = [Fig("一至四季度累计预算执行率", 29.00m), Fig("一至四季度累计预算执行率", 47.39m), Fig("一至四季度累计预算执行率", 63.77m), Fig("一至四季度累计预算执行率", 93.14m)];
        var clean = Context(series, quarters, indicators: [Ind("预算执行率", 14, 12.93m, criteria)]);
        clean = clean with { Assessments = engine.Assess(clean) };
        Assert.Empty(new RescoreCheck().Run(clean)); // the first quarter's 29.00% is not the year's rate

        // One value under the label is still the input: 80.00% × 14 = 11.20, not the printed 12.93.
        var single = Context(["全年预算执行率为80.00%。"], [Fig("全年预算执行率", 80.00m)], indicators: [Ind("预算执行率", 14, 12.93m, criteria)]);
        single = single with { Assessments = engine.Assess(single) };
        Assert.Equal(11.20m, Assert.Single(new RescoreCheck().Run(single)).Computed);
    }

    [Fact]
    public void The_catalog_has_every_contract_check_name()
    {
        var names = CheckCatalog.All().Select(c => c.Name).ToHashSet();
        names.UnionWith(SameFactCheck.Names);
        foreach (var name in new[] { "sum_mismatch", "ratio_mismatch", "average_mismatch", "formula_mismatch", "score_exceeds_weight", "rescore_mismatch",
                     "weight_sum_mismatch", "total_mismatch", "grade_mismatch", "text_table_mismatch", "unit_mismatch", "rule_text_defect" })
        {
            Assert.Contains(name, names);
        }
    }
}
