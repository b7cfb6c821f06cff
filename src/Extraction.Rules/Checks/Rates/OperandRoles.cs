namespace Extraction.Rules.Checks.Rates;

/// <summary>What a figure's label says it is for a rate: the achieved quantity (numerator: 实际, 执行, 支出, 回收, 折旧,
/// 得分, 实有 …) or the base it is measured against (denominator: 预算, 下达, 应, 计划, 编制, 原值, 总分值 …). A rate's own
/// name picks its pair: 回收率 = 回收 / 发放, 折旧率 = 折旧 / 原值, 得分率 = 得分 / 总分值; its head word ("执行" of 执行率)
/// marks the numerator. Labels that say neither take no part.</summary>
internal static class OperandRoles
{
    /// <summary>Said of the achieved figure whatever the rate: 实际 and 实有 outrank every base word (实际执行, 实有在编).</summary>
    private static readonly string[] Actual = ["实际", "实有"];

    /// <summary>Base words, any rate.</summary>
    private static readonly string[] Base = ["应", "计划", "预算", "下达", "编制", "核定", "安排", "原值", "总分值", "满分", "分值"];

    /// <summary>Achieved-figure words, any rate ("当年发放49项" of a 及时率 whose base is "应发放146项").</summary>
    private static readonly string[] Achieved = ["执行", "支出", "决算", "完成", "已", "在用", "发放", "补助", "拨付", "回收", "折旧", "得分"];

    /// <summary>Rates whose base is named by a word that is elsewhere an achieved word: 回收率 = 回收 / 发放.</summary>
    private static readonly Dictionary<string, string[]> BaseOf = new(StringComparer.Ordinal)
    {
        ["回收"] = ["发放"],
        ["折旧"] = ["原值"],
        ["得分"] = ["总分值", "满分", "分值", "总分", "权重"],
    };

    /// <summary>The role of a figure labelled <paramref name="label"/> in the rate whose head is <paramref name="head"/>
    /// (the two characters before 率).</summary>
    public static OperandRole Of(string label, string head)
    {
        if (label.Length == 0)
        {
            return OperandRole.None;
        }

        if (Actual.Any(w => label.Contains(w, StringComparison.Ordinal)))
        {
            return OperandRole.Numerator;
        }

        if (BaseOf.TryGetValue(head, out var own) && own.Any(w => label.Contains(w, StringComparison.Ordinal)))
        {
            return OperandRole.Denominator;
        }

        if (Base.Any(w => label.Contains(w, StringComparison.Ordinal)))
        {
            return OperandRole.Denominator;
        }

        return label.Contains(head, StringComparison.Ordinal) || Achieved.Any(w => label.Contains(w, StringComparison.Ordinal))
            ? OperandRole.Numerator
            : OperandRole.None;
    }

    /// <summary>A rate's head: the two characters before its 率 ("利用" of "…利用率为"); empty when there are none.</summary>
    public static string HeadOf(string rateName)
    {
        var i = rateName.LastIndexOf('率');
        return i >= 2 ? rateName[(i - 2)..i] : string.Empty;
    }

    /// <summary>Whether the first of two figures is the achieved one (true), the base (false), or the labels do not
    /// tell (null): one figure's role decides when the other's differs.</summary>
    public static bool? FirstIsNumerator(string first, string second, string head)
    {
        var a = Of(first, head);
        var b = Of(second, head);
        if (a == b)
        {
            return null;
        }

        return a == OperandRole.Numerator || b == OperandRole.Denominator ? true
            : b == OperandRole.Numerator || a == OperandRole.Denominator ? false
            : null;
    }
}
