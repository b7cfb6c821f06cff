using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>An indicator name with its weight printed inside it: "部门决策 (20分)", "部门决策（20分）", "A决策15分".</summary>
internal static partial class WeightedName
{
    public static (string Name, PrintedNumber? Weight) Split(string name)
    {
        var m = Trailing().Match(name);
        if (m.Success && m.Groups["name"].Value.Length > 0 && PrintedNumber.TryParse(m.Groups["w"].Value, out var weight))
        {
            return (m.Groups["name"].Value, weight);
        }

        return (name, null);
    }

    [GeneratedRegex(@"^(?<name>.*?[^\d.\s（(])\s*[（(]?\s*(?:分值|权重)?[:：]?\s*(?<w>\d+(?:\.\d+)?)\s*分\s*[)）]?$")]
    private static partial Regex Trailing();
}
