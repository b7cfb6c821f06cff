using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>A sentence stating one indicator's score: "该指标得3.33分", "本指标得分为2分", "该项指标最终得分2.40分" — the
/// indicator named by 该/本/此 being the one the section is about. <see cref="Bare"/> is "得分为X分" without 指标, taken only
/// where the same paragraph opens with the indicator's name. Conditional criteria ("…的，本项指标得0分", "否则该指标得0分")
/// are rules, not statements, and are left out.</summary>
internal readonly partial record struct ScoreStatement(PrintedNumber Score, int Start, int End, bool Bare)
{
    public static IReadOnlyList<ScoreStatement> Scan(string text)
    {
        var half = TextNormalizer.ToHalfWidth(text);
        var list = new List<ScoreStatement>();
        foreach (Match m in Pattern().Matches(half))
        {
            if (!PrintedNumber.TryParse(m.Groups["n"].Value, out var n) || Conditional(half, m.Index))
            {
                continue;
            }

            list.Add(new ScoreStatement(n, m.Index, m.Index + m.Length, m.Groups["bare"].Success));
        }

        return list;
    }

    /// <summary>The clause before the statement states a condition (a rule's "…的，", 否则, 若, 如, 凡, 每) or the
    /// statement scores a part (要点②得1.29分 is not matched at all).</summary>
    private static bool Conditional(string text, int start)
    {
        var sentence = text.LastIndexOfAny(['。', ';', '；', '!', '?', '\n'], Math.Max(0, start - 1)) + 1;
        var before = text[sentence..start].TrimEnd(',', '，', ' ');
        if (before.EndsWith('的'))
        {
            return true;
        }

        var clause = before[(before.LastIndexOfAny([',', '，']) + 1)..];
        return ConditionWords().IsMatch(clause);
    }

    [GeneratedRegex(@"(?:(?:该|本|此)(?:项|个)?指标(?:的)?(?:最终|实际|核查|评价|综合|最后)?(?:得分(?:为|是)?|评分(?:为|是)?|得)|(?<bare>(?<![总合计综体均])得分为))\s*(?<n>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"否则|若|如果|如|凡|每|满足|未|达到|低于|高于|超过|不足|[<>≤≥]")]
    private static partial Regex ConditionWords();
}
