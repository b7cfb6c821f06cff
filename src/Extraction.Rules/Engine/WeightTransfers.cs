using System.Text.RegularExpressions;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Engine;

/// <summary>Weight redistribution the verifier applied ("“资金下达合法性”指标2分值调整至“支出完成率”"): read
/// from the indicators' verifier notes (the criteria only say it may happen). Maps an indicator name to
/// the points it gained (positive) or gave away (negative).</summary>
public static partial class WeightTransfers
{
    [GeneratedRegex(@"(?<pts>\d+(?:\.\d+)?)\s*分值?\s*(?:调整至|调至|转入|调整到|并入)\s*[“""「]?(?<to>[^”""」，。；,]{2,20})")]
    private static partial Regex Transfer();

    public static IReadOnlyDictionary<string, decimal> Of(IReadOnlyList<Indicator> indicators)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (string.IsNullOrEmpty(indicator.VerifierNote))
            {
                continue;
            }

            foreach (Match m in Transfer().Matches(indicator.VerifierNote))
            {
                var target = Find(indicators, m.Groups["to"].Value);
                if (target is null || !PrintedNumber.TryParse(m.Groups["pts"].Value, out var pts))
                {
                    continue;
                }

                // The donor is the indicator whose note it is, unless that is the target itself; then the
                // donor is named in quotes before the amount.
                var donor = indicator;
                if (TextNormalizer.Key(target.Name) == TextNormalizer.Key(indicator.Name))
                {
                    var before = indicator.VerifierNote[..m.Index];
                    donor = indicators.LastOrDefault(i => i != target && before.Contains(i.Name, StringComparison.Ordinal)) ?? indicator;
                }

                var key = $"{TextNormalizer.Key(donor.Name)}>{TextNormalizer.Key(target.Name)}";
                if (donor == target || !seen.Add(key))
                {
                    continue;
                }

                Add(result, TextNormalizer.Key(target.Name), pts.Value);
                Add(result, TextNormalizer.Key(donor.Name), -pts.Value);
            }
        }

        return result;
    }

    /// <summary>The weight an indicator is scored against once transfers are applied.</summary>
    public static decimal? EffectiveWeight(Indicator indicator, IReadOnlyDictionary<string, decimal> transfers) =>
        indicator.Weight is { } w ? w + transfers.GetValueOrDefault(TextNormalizer.Key(indicator.Name)) : null;

    private static Indicator? Find(IReadOnlyList<Indicator> indicators, string name)
    {
        var key = TextNormalizer.Key(name);
        return indicators.FirstOrDefault(i => key.StartsWith(TextNormalizer.Key(i.Name), StringComparison.Ordinal) && i.Name.Length >= 2);
    }

    private static void Add(Dictionary<string, decimal> map, string key, decimal value) =>
        map[key] = map.GetValueOrDefault(key) + value;
}
