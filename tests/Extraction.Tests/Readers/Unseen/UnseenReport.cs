namespace Extraction.Tests.Readers.Unseen;

/// <summary>The content of a self-assessment written in a layout the seeds do not use: three indicator
/// levels, 得分 before 分值, a 权重(%) column, the table split in two with the header repeated.
/// Both the .docx and the .html builders print these values (each with its own format quirks).</summary>
internal static class UnseenReport
{
    public const string Title = "某市城市管理局2023年度部门整体支出绩效自评报告";

    public const decimal Total = 89.5m;

    public const string Grade = "良";

    /// <summary>Rows of the first part; the second part holds the rest.</summary>
    public const int FirstPartRows = 8;

    public static IReadOnlyList<UnseenRow> Rows { get; } =
    [
        new("决策", 20, "项目立项", "立项依据充分性", 4, 4),
        new("决策", 20, "项目立项", "立项程序规范性", 4, 3.5m),
        new("决策", 20, "绩效目标", "绩效目标合理性", 6, 5),
        new("决策", 20, "绩效目标", "绩效指标明确性", 6, 6),
        new("过程", 20, "资金管理", "资金到位率", 5, 5),
        new("过程", 20, "资金管理", "预算执行率", 5, 4.2m),
        new("过程", 20, "资金管理", "资金使用合规性", 5, 5),
        new("过程", 20, "组织实施", "管理制度健全性", 5, 4),
        new("产出", 30, "产出数量", "实际完成率", 10, 9),
        new("产出", 30, "产出质量", "质量达标率", 10, 10),
        new("产出", 30, "产出时效", "完成及时性", 10, 8.5m),
        new("效益", 30, "项目效益", "社会效益", 10, 9),
        new("效益", 30, "项目效益", "可持续影响", 10, 8),
        new("效益", 30, "满意度", "服务对象满意度", 10, 8.3m),
    ];

    public static IEnumerable<IGrouping<string, UnseenRow>> Part(int part) =>
        (part == 0 ? Rows.Take(FirstPartRows) : Rows.Skip(FirstPartRows)).GroupBy(r => r.Level1);
}
