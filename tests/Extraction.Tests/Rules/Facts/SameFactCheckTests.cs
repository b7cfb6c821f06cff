using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>Same-fact linking: the shapes, each failing and clean, and near misses that must stay silent.</summary>
public sealed class SameFactCheckTests
{
    [Fact]
    public void Reworded_travel_costs_with_swapped_digits_are_one_fact_in_conflict()
    {
        var f = Assert.Single(Findings(P("本年度差旅费支出18.46万元，主要用于调研。"), P("因公出差费用实际发生18.64万元。")));
        Assert.Equal(CheckNames.TextText, f.Check);
        Assert.Equal(2, f.Evidence.Count);
        Assert.Contains("关联依据", f.Convention!.ToString());
    }

    [Fact]
    public void Section_headings_whose_names_differ_only_by_a_verb_like_word_are_different_quantities()
    {
        // 投入 opens a count's label ("投入资金…") but before a bare head noun it names the section.
        Assert.Empty(Findings(H("（一）投入指标（满分16分，得分16.00分）"), H("（四）效果指标（满分22分，得分18.00分）")));
        Assert.Single(Findings(H("（一）投入指标（满分16分，得分16.00分）"), P("投入指标得分15.00分。")));
    }

    [Fact]
    public void Reworded_travel_costs_that_agree_are_silent()
    {
        Assert.Empty(Findings(P("本年度差旅费支出18.46万元。"), P("因公出差费用实际发生18.46万元。")));
    }

    [Fact]
    public void A_narrative_amount_against_the_table_in_yuan_is_a_text_table_mismatch()
    {
        var table = TestDocs.Grid(["项目", "金额（元）"], ["工会经费", "361,800.00"]);
        var f = Assert.Single(Findings(P("工会经费36.81万元，用于职工活动。"), table));
        Assert.Equal(CheckNames.TextTable, f.Check);
        Assert.Equal(Extraction.Results.Severity.Error, f.Severity);
    }

    private static Extraction.Model.Table Accounts() => TestDocs.Grid(
        ["科目编码", "科目名称", "年初预算数（元）", "决算数（元）"],
        ["2010101", "行政运行", "5,683,701.76", "6,399,279.81"],
        ["2010102", "一般行政管理事务", "3,756,347.02", "4,200,722.87"],
        ["2010301", "行政运行", "759,623.20", "669,987.66"]);

    [Fact]
    public void A_sentence_that_restates_one_row_is_held_to_that_row_though_another_row_shares_its_name()
    {
        // 639.93万元 is the first 行政运行 row's 决算数, so the 年初预算 beside it is that row's 568.37, misprinted.
        var f = Assert.Single(Findings(Accounts(), P("1. 行政运行（项）决算数为639.93万元，年初预算568.38万元，比年初预算增加71.56万元，增长12.59%。")));
        Assert.Equal(CheckNames.TextTable, f.Check);
        // The sentence states, the table is what it is held to (in the sentence's unit).
        Assert.Equal(568.38m, f.Stated);
        Assert.Equal(568.370176m, f.Computed);
        Assert.Empty(Findings(Accounts(), P("1. 行政运行（项）决算数为639.93万元，年初预算568.37万元，比年初预算增加71.56万元，增长12.59%。")));
        // Without a figure that picks the row, two 行政运行 rows are two quantities and the sentence is none of them.
        Assert.Empty(Findings(Accounts(), P("1. 行政运行（项）年初预算568.38万元，主要原因是人员变动。")));
    }

    private static Extraction.Model.Table Ledger() => TestDocs.Grid(
        ["科目编码", "科目名称", "年初预算数（元）", "决算数（元）"],
        ["2010101", "行政运行", "5,683,761.76", "6,399,279.81"],
        ["2010102", "一般行政管理事务", "3,756,347.02", "4,200,782.87"]);

    [Fact]
    public void A_lone_truncated_restatement_in_a_document_that_rounds_is_a_misprint()
    {
        // 639.93 and 420.08 are 6,399,279.81 and 4,200,782.87 rounded (truncated they would be 639.92 and 420.07), so
        // 568.37 for 5,683,761.76 (568.376…, rounded 568.38) is no truncation but a slip.
        const string second = "2. 一般行政管理事务（项）决算数为420.08万元，年初预算375.63万元。";
        var f = Assert.Single(Findings(Ledger(), P("1. 行政运行（项）决算数为639.93万元，年初预算568.37万元。"), P(second)));
        Assert.Equal(CheckNames.TextTable, f.Check);
        Assert.Empty(Findings(Ledger(), P("1. 行政运行（项）决算数为639.93万元，年初预算568.38万元。"), P(second)));
        // No restatement only rounding explains: the document may truncate. Two truncated ones: it may truncate too.
        Assert.Empty(Findings(Ledger(), P("1. 行政运行（项）年初预算568.37万元。")));
        Assert.Empty(Findings(Ledger(), P("1. 行政运行（项）决算数为639.93万元，年初预算568.37万元。"), P("2. 一般行政管理事务（项）年初预算375.63万元，决算数为420.07万元。")));
    }

    [Fact]
    public void A_truncated_restatement_of_a_name_printed_in_two_rows_is_held_to_the_row_its_sentence_restates()
    {
        var table = TestDocs.Grid(
            ["科目编码", "科目名称", "年初预算数（元）", "决算数（元）"],
            ["2010101", "行政运行", "5,683,761.76", "6,399,279.81"],
            ["2010102", "一般行政管理事务", "3,756,347.02", "4,200,782.87"],
            ["2010301", "行政运行", "759,623.20", "669,987.66"]);
        const string second = "2. 一般行政管理事务（项）决算数为420.08万元，年初预算375.63万元。";
        var f = Assert.Single(Findings(table, P("1. 行政运行（项）决算数为639.93万元，年初预算568.37万元。"), P(second)));
        Assert.Equal(568.37m, f.Stated);
        Assert.Equal(568.376176m, f.Computed);
        Assert.Empty(Findings(table, P("1. 行政运行（项）决算数为639.93万元，年初预算568.38万元。"), P(second)));
    }

    [Fact]
    public void The_same_amount_in_another_unit_that_reconciles_is_silent()
    {
        var table = TestDocs.Grid(["项目", "金额（元）"], ["工会经费", "368,100.00"]);
        Assert.Empty(Findings(P("工会经费36.81万元，用于职工活动。"), table));
    }

    [Fact]
    public void A_narrative_count_against_a_cell_is_a_text_table_mismatch()
    {
        var table = TestDocs.Grid(["指标", "宣讲场次"], ["完成情况", "31"]);
        var f = Assert.Single(Findings(P("全年举办宣讲活动32场，覆盖群众2000人。"), table));
        Assert.Equal(CheckNames.TextTable, f.Check);
    }

    [Fact]
    public void A_heading_amount_against_the_sentence_under_it_is_a_text_text_mismatch()
    {
        var f = Assert.Single(Findings(H("（五）信息化运维（项）54.20万元"), P("该项目预算45.20万元，主要用于机房运维和网络租赁。")));
        Assert.Equal(CheckNames.TextText, f.Check);
    }

    [Fact]
    public void A_heading_amount_the_sentence_repeats_is_silent()
    {
        Assert.Empty(Findings(H("（五）信息化运维（项）54.20万元"), P("该项目预算54.20万元，主要用于机房运维和网络租赁。")));
    }

    [Fact]
    public void Budget_and_executed_amounts_are_never_linked()
    {
        Assert.Empty(Findings(P("差旅费年初预算18.46万元。"), P("差旅费决算18.64万元。")));
    }

    [Fact]
    public void This_year_and_last_year_are_never_linked()
    {
        Assert.Empty(Findings(P("2023年差旅费支出18.46万元。"), P("2022年差旅费支出18.64万元。")));
    }

    [Fact]
    public void A_part_and_its_whole_are_never_linked()
    {
        Assert.Empty(Findings(P("差旅费支出18.64万元，其中：差旅费（国内）18.46万元。")));
    }

    [Fact]
    public void Self_assessed_and_verified_scores_are_never_linked()
    {
        Assert.Empty(Findings(P("自评得分91.50分。"), P("核查得分95.10分。")));
    }

    [Fact]
    public void Different_values_that_are_no_misprint_are_different_quantities()
    {
        Assert.Empty(Findings(P("差旅费支出18.46万元。"), P("差旅费支出25.00万元。")));
    }

    [Fact]
    public void A_narrative_amount_matching_one_of_the_tables_columns_is_silent()
    {
        var table = TestDocs.Grid(["项目", "预算数（万元）", "决算数（万元）"], ["差旅费", "18.64", "18.46"]);
        Assert.Empty(Findings(P("差旅费支出18.46万元。"), table));
    }

    [Fact]
    public void The_same_digits_in_yuan_and_wan_yuan_are_a_unit_mismatch()
    {
        var f = Assert.Single(Findings(P("年初财政拨款结余821.71万元。"), P("年初结余821.71元，主要为项目结转。")));
        Assert.Equal(CheckNames.Unit, f.Check);
        Assert.Empty(Findings(P("年初结余821.71万元。"), P("年初财政拨款结余821.71万元。")));
        Assert.Single(Findings(P("年初结余821.71万元。"), P("年初财政拨款结余821.71元。")));
    }

    [Fact]
    public void Two_indicators_criteria_with_the_same_band_words_and_other_points_are_silent()
    {
        Assert.Empty(Findings(P("群众满意度≥95%得5分，90%-95%（含90%）得4分，80%以下得1.60分。"), P("验收合格率≥95%得12分，90%-95%（含90%）得9.60分，80%以下得9.60分。")));
    }

    [Fact]
    public void Two_statements_of_one_score_that_differ_by_a_digit_still_conflict()
    {
        var f = Assert.Single(Findings(P("群众满意度调查得分1.60分，主要问题是回访不及时。"), P("经核查，群众满意度调查得分9.60分。")));
        Assert.Equal(CheckNames.TextText, f.Check);
    }

    private static Extraction.Model.Table RateTable() => TestDocs.Grid(["项目", "全年预算数", "全年执行数", "执行率"],
        ["基本支出", "3014.63", "2953.74", "97.98%"], ["项目支出", "412.37", "403.50", "97.85%"], ["合计", "3427.00", "3357.24", "97.96%"]);

    [Fact]
    public void A_narrative_rate_that_is_the_total_rows_is_not_held_against_another_row()
    {
        Assert.Empty(Findings(P("全年预算数3427.00万元，全年执行数3357.24万元，资金执行率97.96%。"), RateTable()));
    }

    [Fact]
    public void A_narrative_rate_that_no_row_prints_still_conflicts()
    {
        Assert.NotEmpty(Findings(P("全年预算数3427.00万元，全年执行数3357.24万元，资金执行率97.69%。"), RateTable()));
    }

    [Fact]
    public void Postage_and_phone_costs_named_by_their_subject_are_one_fact()
    {
        Assert.Single(Findings(P("本年度邮电费支出69.36万元。"), P("经统计，通讯邮寄费用96.36万元，厉行节约要求得到落实。")));
        Assert.Empty(Findings(P("本年度邮电费支出69.36万元。"), P("经统计，通讯邮寄费用69.36万元，上年为62.77万元。")));
    }

    [Fact]
    public void A_dropped_digit_of_a_short_amount_is_a_misprint_of_the_longer()
    {
        Assert.Single(Findings(P("2019年会议费支出0.19万元，主要用于保障机关日常运转。"), P("召开各类会议费用实际发生70.19万元。")));
    }

    [Fact]
    public void A_short_count_against_its_row_is_a_mismatch_when_one_digit_was_dropped()
    {
        var table = TestDocs.Grid(["指标名称", "年度目标值", "实际完成值"], ["宣讲场次（场）", "48", "52"], ["培训期数（期）", "60", "64"]);
        var f = Assert.Single(Findings(P("全年举办宣讲活动2场，组织业务培训64期。"), table));
        Assert.Equal(CheckNames.TextTable, f.Check);
        Assert.Single(Findings(P("全年举办宣讲活动52场，组织业务培训74期。"), table));
        Assert.Empty(Findings(P("全年举办宣讲活动52场，组织业务培训64期。"), table));
    }

    [Fact]
    public void Letters_and_visits_are_the_table_row_that_abbreviates_them()
    {
        var table = TestDocs.Grid(["指标名称", "年度目标值", "实际完成值"], ["信访受理件数（件）", "380", "451"]);
        Assert.Single(Findings(P("全年受理群众来信来访415件。"), table));
        Assert.Empty(Findings(P("全年受理群众来信来访451件。"), table));
    }

    [Fact]
    public void A_count_of_all_against_one_categorys_row_is_no_short_misprint()
    {
        // 103 赛项 in all; one contest's row has 3: a dropped digit by chance, not the same quantity.
        var table = TestDocs.Grid(["竞赛名称", "赛项（个）"], ["河南省人防系统职业技能竞赛", "3"], ["河南省交通运输系统职业技能竞赛", "1"]);
        Assert.Empty(Findings(P("2024年计划举办赛项103个。"), table));
    }

    [Fact]
    public void A_weight_and_a_score_that_agree_only_read_coarser_are_not_linked()
    {
        Assert.Empty(Findings(P("决策指标权重15分。"), P("决策指标得分10.40分。")));
    }

    [Fact]
    public void A_three_digit_amount_in_the_wrong_unit_is_a_unit_mismatch_against_its_own_row()
    {
        var table = TestDocs.Grid(["支出项目", "2023年决算数", "2024年决算数"], ["咨询费", "59,120.00", "67,812.34"], ["手续费", "81,200.00", "70,310.00"]);
        var f = Assert.Single(Findings(P("表1 一般性支出明细表（单位：元）"), table, P("本年咨询费支出6.78元，手续费7.03万元。")));
        Assert.Equal(CheckNames.Unit, f.Check);
        // The same three digits against another row's amount: no link by the words, no finding.
        Assert.Empty(Findings(P("表1 一般性支出明细表（单位：元）"), table, P("本年培训费支出6.78元。")));
    }

    [Fact]
    public void A_restatement_one_in_the_last_place_off_is_a_warning()
    {
        var f = Assert.Single(Findings(P("本年度差旅费支出18.46万元，主要用于调研。"), P("因公出差费用实际发生18.47万元。")));
        Assert.Equal(Extraction.Results.Severity.Warning, f.Severity);
    }

    [Fact]
    public void Two_tables_a_rounding_apart_and_a_sentence_copying_one_of_them_are_silent()
    {
        // A 类 row summed from rounded rows in one table, rounded from 元 in the other (a real 决算: 326.72 vs 326.71).
        var summary = TestDocs.Grid(["支出项目", "决算数（万元）"], ["社会保障和就业支出", "326.71"]);
        var detail = TestDocs.Grid(["科目名称", "合计（万元）"], ["社会保障和就业支出", "326.72"]);
        Assert.Empty(Findings(summary, detail, P("社会保障和就业支出326.72万元，主要用于离退休人员。")));
    }

    [Fact]
    public void A_formula_restating_a_total_one_in_the_last_place_off_with_a_carry_is_found()
    {
        var table = TestDocs.Grid(["项目", "自评得分"], ["总分", "79.79"]);
        var f = Assert.Single(Findings(P("自评得分79.79分，核查得分77.50分。"), table, P("注：核减分数=自评得分-核查得分=79.80分-77.50分=2.30分。")));
        Assert.Equal(CheckNames.TextText, f.Check);
    }
}
