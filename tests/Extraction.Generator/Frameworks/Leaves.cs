namespace Extraction.Generator.Frameworks;

/// <summary>The leaf indicators frameworks choose from, keyed by a neutral name.</summary>
public static class Leaves
{
    public static readonly IReadOnlyDictionary<string, LeafTemplate> All = new Dictionary<string, LeafTemplate>
    {
        ["target"] = new(["绩效目标合理性", "目标设定", "绩效目标设定情况", "目标管理"], "qualitative", 0, 0),
        ["plan"] = new(["预算编制科学性", "预算编制合理性", "预算编制质量", "预算编制"], "qualitative", 0, 0),
        ["focus"] = new(["重点支出安排率", "重点支出保障率", "重点项目保障率", "重点支出占比"], "linear", 82, 100),
        ["execution"] = new(["预算执行率", "预算完成率", "资金执行率", "支出执行率"], "linear", 80, 99.9m),
        ["carryover"] = new(["结转结余控制率", "结转结余率", "结余控制", "结转结余变动率"], "binary_at_most", 60, 104),
        ["three"] = new(["“三公经费”控制率", "三公经费控制率", "“三公”经费变动率", "三公经费控制"], "binary_at_most", 70, 103),
        ["compliance"] = new(["资金使用合规性", "资金管理合规性", "财务管理规范性", "资金使用规范"], "deduct", 0, 3, "处"),
        ["procurement"] = new(["政府采购执行率", "政府采购完成率", "采购执行率", "政府采购执行"], "linear", 85, 100),
        ["assets"] = new(["资产管理规范性", "资产管理安全性", "国有资产管理", "资产管理"], "deduct", 0, 2, "处"),
        ["institutions"] = new(["管理制度健全性", "制度建设", "内控制度有效性", "制度执行有效性"], "qualitative", 0, 0),
        ["disclosure"] = new(["预决算信息公开性", "信息公开", "预算公开情况", "预决算公开"], "binary", 100, 100),
        ["workdone"] = new(["重点工作完成率", "工作任务完成率", "年度任务完成率", "重点任务完成情况"], "linear", 85, 100),
        ["quality"] = new(["质量达标率", "工作质量达标率", "验收合格率", "质量合格率"], "bands", 78, 100),
        ["timely"] = new(["完成及时率", "工作完成及时性", "项目完成及时率", "时效达标率"], "linear", 80, 100),
        ["social"] = new(["社会效益", "履职效益", "社会效益实现情况", "社会影响"], "qualitative", 0, 0),
        ["sustain"] = new(["可持续影响", "长效管理机制", "可持续发展能力", "持续影响"], "qualitative", 0, 0),
        ["satisfaction"] = new(["服务对象满意度", "社会公众满意度", "群众满意度", "满意度"], "bands", 76, 99),
    };
}
