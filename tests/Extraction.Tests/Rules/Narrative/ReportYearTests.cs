using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>Title lines naming another year than the report's, and a 决算's year-end assets statement.</summary>
public sealed class ReportYearTests
{
    private readonly ReportYearCheck _check = new();

    [Fact]
    public void A_heading_with_another_year_is_reported()
    {
        var f = Assert.Single(Alarms(_check,
            "上海市普陀区财政局2024年度部门决算", "第二部分上海市普陀区财政局2024年度部门决算表", "第三部分上海市普陀区财政局2023年度部门决算情况说明",
            "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元。"));
        Assert.Equal("year_mismatch", f.Check);
        Assert.Equal(2023m, f.Stated);
        Assert.Equal(2024m, f.Computed);
    }

    [Fact]
    public void Sentences_comparing_with_other_years_are_not_headings()
    {
        Assert.Empty(Alarms(_check,
            "上海市普陀区2026年区级部门预算", "2026年部门预算编制说明", "2026年部门财务收支预算总表",
            "支出预算9628.22万元，比2025年预算增加793.14万元；政府性基金拨款支出预算0万元，与2025年预算持平。",
            "截至2025年8月31日，上海市普陀区司法局共有车辆3辆。"));
    }

    [Fact]
    public void A_final_accounts_year_end_must_be_its_own_year()
    {
        string[] head = ["上海市普陀区财政局2024年度部门决算", "第二部分上海市普陀区财政局2024年度部门决算表"];
        Assert.Empty(Alarms(_check, [.. head, "截至2024年12月31日，上海市普陀区财政局共有车辆0辆。"]));
        var f = Assert.Single(Alarms(_check, [.. head, "截至2023年12月31日，上海市普陀区财政局共有车辆0辆。"]));
        Assert.Equal(2023m, f.Stated);
    }

    [Fact]
    public void A_single_title_line_sets_no_year_to_hold_others_to() =>
        Assert.Empty(Alarms(_check, "上海市普陀区财政局2024年度部门决算", "附：2023年度部门决算表"));
}
