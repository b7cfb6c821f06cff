using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>The words score-table headers are made of, and how a column's (joined) header text maps to a role.
/// Order matters: 评分标准 contains 评分, 核查评分说明 contains 评分 and 说明, 得分率 contains 得分.</summary>
internal static class HeaderVocabulary
{
    private static readonly string[] Ignored = ["得分率", "得分比", "完成率", "序号", "权重分值占比"];
    private static readonly string[] CriteriaWords = ["评分标准", "评分规则", "评分办法", "评分方法", "计分方法", "评分细则", "考核标准", "评价标准", "扣分标准", "评分要点", "评分要求", "计分标准", "计分办法"];
    private static readonly string[] CodeWords = ["编码", "编号", "代码"];
    private static readonly string[] NoteWords = ["审核说明", "核查说明", "评分说明", "核查意见", "审核意见", "评价意见", "扣分原因", "扣分说明", "得分说明", "得分依据", "评分依据", "复核说明", "核查情况", "备注", "偏差原因", "原因分析", "改进措施", "扣分理由", "存在问题"];
    private static readonly string[] DescriptionWords = ["指标说明", "指标解释", "指标内涵", "指标定义", "指标含义", "考核内容", "评价要点"];
    private static readonly string[] WeightWords = ["分值", "权重", "标准分", "满分", "指标分", "参考分"];
    private static readonly string[] ScoreWords = ["得分", "分数", "评分", "打分", "核定分", "评定分", "实得分"];
    private static readonly string[] NameWords = ["指标名称", "评价指标", "考核指标", "绩效指标", "指标", "评价内容", "考核内容", "项目名称", "评价准则"];
    private static readonly string[] TargetWords = ["指标值", "目标值", "预期值", "计划值", "预期目标", "年度目标", "标准值", "预期指标"];
    private static readonly string[] ActualWords = ["完成值", "实际值", "实际完成", "完成情况", "实际情况", "实现值"];

    /// <summary>Whether a cell's text is header vocabulary (used to find header rows and repeated headers).</summary>
    public static bool IsHeaderWord(string text)
    {
        var key = TextNormalizer.Key(text);
        if (key.Length == 0 || key.Length > 16)
        {
            return false;
        }

        return Classify(key).Role != ColumnRole.None || key is "名称" or "评价指标" or "指标";
    }

    public static ColumnAssignment Classify(string headerText)
    {
        var h = TextNormalizer.Key(headerText);
        if (h.Length == 0 || ContainsAny(h, Ignored))
        {
            return default;
        }

        var level = LevelOf(h);
        // 指标编码 holds A101 / 1.1.1: not a name column (指标 is in it).
        if (ContainsAny(h, CodeWords) && level == 0)
        {
            return new(ColumnRole.Code, 0);
        }

        if (ContainsAny(h, CriteriaWords))
        {
            return new(ColumnRole.Criteria, 0);
        }

        if (ContainsAny(h, NoteWords))
        {
            return new(ColumnRole.Note, 0);
        }

        if (ContainsAny(h, DescriptionWords))
        {
            return new(ColumnRole.Description, 0);
        }

        // 年度指标值 / 实际完成值 before the weight and name words (指标, 分值 are in them).
        if (ContainsAny(h, TargetWords))
        {
            return new(ColumnRole.Target, 0);
        }

        // "评价分值（百分制）": a rating out of 100 that a weight turns into the score (international loan projects'
        // 相关性/效率/效果/可持续性 tables), not the weight its 分值 would make it.
        if (ContainsAny(h, ActualWords) || h.Contains("百分制", StringComparison.Ordinal))
        {
            return new(ColumnRole.Actual, 0);
        }

        if (ContainsAny(h, WeightWords))
        {
            return level > 0 ? new(ColumnRole.LevelWeight, level) : new(ColumnRole.Weight, 0);
        }

        if (ContainsAny(h, ScoreWords))
        {
            var kind = ScoreKinds.Of(h);
            return kind == ScoreKinds.Self ? new(ColumnRole.SelfScore, kind) : new(ColumnRole.Score, kind);
        }

        if (level > 0)
        {
            return new(ColumnRole.LevelName, level);
        }

        return ContainsAny(h, NameWords) ? new(ColumnRole.LevelName, 0) : default;
    }

    /// <summary>一级/二级/三级/四级 (also 1级) in a header.</summary>
    public static int LevelOf(string key)
    {
        string[][] words = [["一级", "1级"], ["二级", "2级"], ["三级", "3级"], ["四级", "4级"]];
        for (var i = 0; i < words.Length; i++)
        {
            if (ContainsAny(key, words[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
