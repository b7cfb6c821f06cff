using System.Text.RegularExpressions;

namespace Extraction.Analysis.Metadata;

/// <summary>Patterns of the lines a report states its department, year, evaluator and total in.</summary>
internal static partial class MetadataPatterns
{
    /// <summary>"部门名称（公章）：X", "单位名称：X", "部门（单位）名称：X".</summary>
    [GeneratedRegex(@"(?:部门|单位|部门（单位）|部门\(单位\)|被评价单位|评价单位|项目单位|主管部门)名称(?:（公章）|\(公章\)|（盖章）)?\s*[:：]\s*(?<d>[^\s，,。；;（(]{2,40})")]
    public static partial Regex NamedDepartment();

    /// <summary>"X（以下简称“本单位”）".</summary>
    [GeneratedRegex(@"^(?<d>[^\s，,。；;（(]{4,40}?)[（(]以下简称[“""]?(?:本单位|本局|我局|本中心|本部门|我单位|单位|局)")]
    public static partial Regex SelfNamed();

    /// <summary>Title "湛江市民政局部门整体支出绩效自评核查报告", "XX局2020年度部门整体支出绩效自评报告", "关于XX…的核查报告".</summary>
    [GeneratedRegex(@"^(?:关于)?(?<d>.+?)(?:\d{4}\s*(?:[-—至~]\s*\d{4}\s*)?年度?)?(?:的)?(?:部门整体支出|部门整体|整体支出|部门)?(?:绩效)?(?:自评|评价|核查|自评核查|评价核查)")]
    public static partial Regex TitleDepartment();

    /// <summary>"预算主管部门：X", "编制部门：X" (部门预算/决算 covers and table heads).</summary>
    [GeneratedRegex(@"^(?:预算主管部门|主管部门|编制部门|编制单位)\s*[:：]\s*(?<d>[^\s，,。；;（(]{2,40})")]
    public static partial Regex ResponsibleDepartment();

    /// <summary>The title of a 部门决算/部门预算: "上海市普陀区财政局2024年度部门决算", "上海市普陀区2026年区级部门预算"
    /// (whitespace removed, a two-line title joined).</summary>
    [GeneratedRegex(@"^(?<d>[^\s，,。；;：:、]{2,40}?)?(?<y>(?:19|20)\d{2})年度?(?:区级|市级|县级|省级|本级)?(?:部门|单位)?(?:决算|预算)$")]
    public static partial Regex AccountsTitle();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年度")]
    public static partial Regex YearOfAccount();

    [GeneratedRegex(@"(?<!\d)(?:(?:19|20)\d{2})\s*[-—~至]\s*(?<y>(?:19|20)\d{2})\s*年")]
    public static partial Regex YearRange();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")]
    public static partial Regex AnyYear();

    [GeneratedRegex(@"(?<e>[\u4e00-\u9fff（）()]{2,30}?(?:会计师事务所|咨询有限公司|咨询有限责任公司|评估有限公司|咨询公司|研究院|事务所)(?:有限责任公司|有限公司|（特殊普通合伙）|\(特殊普通合伙\))?)")]
    public static partial Regex Evaluator();

    /// <summary>"综合得分为96.13分", "本次核查得分为 91.12 分", "评分总分为94.98分", "项目总体评价得65.00分", "该项目评价得分83.73分".</summary>
    [GeneratedRegex(@"(?:综合得分|总得分|自评得分|核查得分|评分总分|总分|综合评分|总体得分|总体评价得分?|(?:项目|整体|综合)评价得分|评价总分|自评总分|绩效评价得分|最终得分)\s*(?:为|是|:|：)?\s*(?<n>\d{1,3}(?:\.\d+)?)\s*分")]
    public static partial Regex StatedTotal();
}
