namespace Extraction.Analysis.Facts;

/// <summary>Words that qualify a measure rather than name it: scope (预算/决算/计划/实际 …), period words, verbs that
/// introduce a count, generic nouns (支出, 费用, 场次 …) and synonyms folded to one word before matching.</summary>
internal static class FactVocabulary
{
    /// <summary>Scope words, longest first, with their canonical scope.</summary>
    public static readonly (string Word, string Scope)[] Scopes =
    [
        ("调整后预算", "调整预算"), ("调整预算", "调整预算"), ("年初预算", "年初预算"), ("全年预算", "全年预算"),
        ("比上年增加", "变动"), ("比上年减少", "变动"), ("比上年增长", "变动"), ("比上年下降", "变动"), ("较上年", "变动"), ("同比", "变动"),
        ("增加", "变动"), ("减少", "变动"), ("增长", "变动"), ("下降", "变动"), ("增幅", "变动"), ("降幅", "变动"),
        ("预算数", "预算"), ("预算", "预算"), ("决算数", "决算"), ("决算", "决算"), ("执行数", "执行"), ("执行", "执行"), ("累计支出", "执行"), ("实际支出", "实际"), ("本年支出", "执行"), ("全年支出", "执行"), ("当年支出", "执行"),
        ("计划", "计划"), ("目标值", "目标"), ("目标", "目标"), ("实际", "实际"), ("实有", "实际"), ("完成", "实际"),
        ("自评", "自评"), ("核查", "核查"), ("核定", "预算"), ("下达", "预算"),
        ("总分值", "分值"), ("分值", "分值"), ("权重", "分值"), ("满分", "分值"), ("得分", "得分"), ("扣分", "扣分"), ("指标得", "得分"),
    ];

    /// <summary>Period words (besides years and quarters): the earlier year, which a comparison phrase does not make.</summary>
    public static readonly string[] EarlierYear = ["上年度", "上年", "去年", "上一年度", "上一年"];

    /// <summary>Words naming the document's own year; inside a label they qualify, never name, the measure ("公务接待费全年支出").</summary>
    public static readonly string[] ThisYear = ["本年度", "本年", "全年", "当年", "今年"];

    public static readonly string[] Quarters = ["第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年"];

    /// <summary>Leading verbs and fillers of a count's label ("举办宣讲活动32场").</summary>
    public static readonly string[] Verbs =
    [
        "其中", "举办", "开展", "组织", "召开", "完成", "实现", "发放", "接待", "受理", "办理", "培训", "共", "累计", "合计", "总计",
        "本年度", "本年", "今年", "当年", "全年", "年度", "年末", "年初", "共计", "安排", "投入", "发生", "支出了", "新增", "参加",
        "该指标", "本指标", "该项目", "本项目", "该项", "本项",
    ];

    /// <summary>Head nouns that name nothing without the word before them: a leading verb-like word is kept before one
    /// (投入指标, 完成任务), so the sections 投入指标 and 效果指标 never share the key 指标.</summary>
    public static readonly string[] HeadNouns = ["指标", "项目", "任务", "工作", "部分", "方面"];

    /// <summary>Generic words dropped from a measure's core ("差旅费支出" and "差旅费用" are both 差旅).</summary>
    public static readonly string[] Generic =
    [
        "实际发生额", "实际发生", "发生额", "发生", "支出数", "支出", "费用", "经费", "资金", "金额", "总额", "数额", "数量", "合计", "共计",
        "累计", "总计", "场次", "次数", "人次数", "人次", "人数", "个数", "期数", "项数", "户数", "件数", "活动", "情况", "费", "数", "额",
        "共", "为", "达", "约", "的", "了", "金", "万元", "元",
    ];

    /// <summary>Synonyms folded to one spelling before the generic words are dropped.</summary>
    /// <summary>Expense subjects are folded by <see cref="SubjectVocabulary"/>; these are other words with one meaning:
    /// 信访 is the abbreviation of 来信来访.</summary>
    public static readonly (string From, string To)[] Synonyms =
    [
        ("职工", "员工"), ("宣传讲解", "宣讲"), ("培训班", "培训"), ("来信来访", "信访"), ("来访来信", "信访"),
    ];

    /// <summary>Verbs a table header puts after what they act on ("信访受理件数", "宣传资料发放数量"), where the text
    /// puts them first ("受理群众来信来访N件"): dropped from the end of a core as the leading ones are from its start.
    /// Only verbs that never end a noun (接待 does: 公务接待).</summary>
    public static readonly string[] TrailingVerbs = ["受理", "办理", "发放", "举办", "开展", "召开", "组织"];

    /// <summary>Units a header word implies ("宣讲场次" counts 场).</summary>
    public static readonly (string Word, string Unit)[] HeaderUnits =
    [
        ("场次", "场"), ("人次", "人次"), ("人数", "人"), ("个数", "个"), ("项数", "项"), ("期数", "期"), ("次数", "次"), ("户数", "户"), ("件数", "件"),
    ];

    /// <summary>Scope classes: scopes of one class may name one quantity (决算 and 执行), others never do.</summary>
    public static string? ScopeClass(string? scope) => scope switch
    {
        null => null,
        "预算" or "年初预算" or "调整预算" or "全年预算" => "plan",
        "计划" or "目标" => "target",
        "决算" or "执行" or "实际" => "actual",
        _ => scope,
    };
}
