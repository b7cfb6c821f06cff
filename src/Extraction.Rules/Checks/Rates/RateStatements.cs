using System.Text.RegularExpressions;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks.Rates;

/// <summary>Finds the named rates of a passage: a percentage right after a name ending in 率 ("执行率 93.35%",
/// "回收率为100%"), or the result of a printed formula after such a name ("控制率=7÷7×100%=100%"; the formula's
/// operands and its ×100% are not rates). Shares (占), averages, lists (分别为) and change rates (增长率, 变动率)
/// are other checks' shapes and are left out.</summary>
internal static partial class RateStatements
{
    private static readonly string[] OtherShapes = ["占", "平均", "分别", "增长", "变动", "增幅", "变化", "下降", "降幅", "减少", "同比", "环比", "比上年", "比重"];

    [GeneratedRegex(@"(?:约为|仅为|达到|为|是|达|约|仅)$")]
    private static partial Regex Verb();

    public static IEnumerable<StatedRate> Of(Passage passage, IReadOnlyList<Quantity> quantities, IReadOnlyList<(int Start, int End)> formulas)
    {
        var text = passage.Text;
        foreach (var pct in quantities.Where(q => q.Unit == "%"))
        {
            var end = pct.Start;
            var formula = formulas.FirstOrDefault(f => f.Start <= pct.Start && pct.End <= f.End);
            var fromFormula = formula.End > 0;
            if (fromFormula)
            {
                // Only the result: nothing but the = or ≈ before it may follow the expression.
                var before = text[formula.Start..pct.Start].TrimEnd();
                if (text[pct.End..formula.End].Any(char.IsAsciiDigit) || before.Length == 0 || before[^1] is not ('=' or '＝' or '≈'))
                {
                    continue;
                }

                end = formula.Start;
            }

            var name = Verb().Replace(ClauseLabel.Before(text, end, max: 20, stopAtNumber: true), string.Empty).TrimEnd();
            if (name.Length < 3 || name[^1] != '率' || OtherShapes.Any(w => name.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            yield return new StatedRate(pct, name, OperandRoles.HeadOf(name), end, fromFormula);
        }
    }
}
