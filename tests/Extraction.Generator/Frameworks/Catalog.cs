namespace Extraction.Generator.Frameworks;

/// <summary>The indicator systems the generator draws from: the Ministry of Finance common framework and local variants
/// with other sections, weights, wordings, column orders, depths and codes. None is taken from a seed document.</summary>
public static class Catalog
{
    private static readonly Dictionary<string, string> StandardHeaders = new()
    {
        ["code"] = "指标编码", ["l1"] = "一级指标", ["l2"] = "二级指标", ["l3"] = "三级指标", ["weight"] = "分值",
        ["criteria"] = "评分标准", ["actual"] = "实际完成值", ["score"] = "得分", ["note"] = "评分说明",
    };

    public static readonly IReadOnlyList<Framework> All =
    [
        new("mof", 3, "none",
        [
            new("决策", "A", 15, 20, [("绩效目标", ["target"]), ("预算编制", ["plan", "focus"])]),
            new("过程", "B", 25, 35, [("预算执行", ["execution", "carryover", "three"]), ("预算管理", ["compliance", "procurement"]), ("资产管理", ["assets"])]),
            new("产出", "C", 25, 35, [("职责履行", ["workdone", "quality", "timely"])]),
            new("效益", "D", 15, 25, [("履职效益", ["social", "sustain"]), ("满意度", ["satisfaction"])]),
        ], ["l1", "l2", "l3", "weight", "criteria", "score", "note"], StandardHeaders, 0),
        new("input-output", 3, "none",
        [
            new("投入", "A", 15, 20, [("目标设定", ["target"]), ("预算配置", ["plan", "focus"])]),
            new("过程", "B", 25, 35, [("预算执行", ["execution", "three"]), ("财务管理", ["compliance", "institutions"]), ("资产管理", ["assets"])]),
            new("产出", "C", 25, 35, [("产出数量", ["workdone"]), ("产出质量", ["quality"]), ("产出时效", ["timely"])]),
            new("效果", "D", 15, 25, [("社会效益", ["social"]), ("社会公众满意度", ["satisfaction"])]),
        ], ["l1", "l2", "l3", "weight", "criteria", "score", "note"], new Dictionary<string, string>(StandardHeaders)
        {
            ["weight"] = "权重", ["criteria"] = "评分细则", ["score"] = "自评得分", ["note"] = "扣分原因",
        }, 1),
        new("coded", 3, "A101",
        [
            new("预算编制", "A", 15, 20, [("目标管理", ["target"]), ("编制质量", ["plan", "focus"])]),
            new("预算执行", "B", 25, 35, [("执行进度", ["execution", "carryover"]), ("支出管理", ["three", "procurement"])]),
            new("绩效管理", "C", 20, 30, [("管理规范", ["compliance", "assets", "disclosure"])]),
            new("履职效果", "D", 20, 30, [("履职产出", ["workdone", "quality"]), ("满意程度", ["satisfaction"])]),
        ], ["code", "l1", "l2", "l3", "weight", "criteria", "score"], new Dictionary<string, string>(StandardHeaders)
        {
            ["criteria"] = "评分要点", ["weight"] = "标准分",
        }, 2),
        new("dotted", 3, "1.1.1",
        [
            new("部门决策", "1", 12, 18, [("目标设定", ["target"]), ("预算编制", ["plan"])]),
            new("部门管理", "2", 30, 40, [("资金管理", ["execution", "three", "compliance"]), ("采购与资产", ["procurement", "assets"])]),
            new("部门产出", "3", 20, 30, [("任务完成", ["workdone", "timely"]), ("完成质量", ["quality"])]),
            new("部门效益", "4", 15, 25, [("效益实现", ["social", "sustain"]), ("满意度", ["satisfaction"])]),
        ], ["code", "l1", "l2", "l3", "criteria", "weight", "actual", "score"], new Dictionary<string, string>(StandardHeaders)
        {
            ["code"] = "序号", ["actual"] = "完成情况",
        }, 3),
        new("two-level", 2, "none",
        [
            new("预算管理", "A", 25, 35, [("", ["execution", "focus", "three", "carryover"])]),
            new("财务与资产管理", "B", 15, 25, [("", ["compliance", "assets", "institutions", "disclosure"])]),
            new("履职产出", "C", 20, 30, [("", ["workdone", "quality", "timely"])]),
            new("履职效益", "D", 15, 25, [("", ["social", "satisfaction"])]),
        ], ["l1", "l3", "weight", "criteria", "score", "note"], new Dictionary<string, string>(StandardHeaders)
        {
            ["l1"] = "评价指标", ["l3"] = "具体指标", ["criteria"] = "评分细则", ["note"] = "备注",
        }, 0),
    ];
}
