using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Engine;

/// <summary>A 年度指标值 or 实际完成值 as printed ("≥98%", "≤12万元/台", "不少于2000人次", "95%"): the direction of the
/// target (at least / at most / equal), the number with its precision and the unit after it. Texts without one
/// number ("6月底前", "持续提升", "有效改善") are not read.</summary>
internal sealed partial record TargetValue(TargetValue.Bound Direction, Interval Value, decimal Printed, string Unit)
{
    public enum Bound
    {
        AtLeast,
        AtMost,
        Equal,
    }

    public static TargetValue? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = TextNormalizer.Key(text).Replace(",", string.Empty, StringComparison.Ordinal);
        var numbers = NumberPattern().Matches(key);
        if (numbers.Count != 1 || DatePattern().IsMatch(key))
        {
            return null;
        }

        var m = numbers[0];
        if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var decimals = m.Groups["n"].Value.Contains('.', StringComparison.Ordinal) ? m.Groups["n"].Value.Length - m.Groups["n"].Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var before = key[..m.Index];
        var after = key[(m.Index + m.Length)..];
        var direction = AtMost().IsMatch(before) || AtMostAfter().IsMatch(after) ? Bound.AtMost
            : AtLeast().IsMatch(before) || AtLeastAfter().IsMatch(after) ? Bound.AtLeast
            : Bound.Equal;
        var unit = UnitPattern().Match(after) is { Success: true } u ? u.Value : string.Empty;
        return new TargetValue(direction, Interval.HalfUp(value, decimals), value, unit);
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\d+月|月底|年底|日前|季度")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(≤|<=|＜|<|不高于|不超过|低于|小于|控制在|以内)$")]
    private static partial Regex AtMost();

    [GeneratedRegex(@"^[^\d]*(以内|以下|之内)")]
    private static partial Regex AtMostAfter();

    [GeneratedRegex(@"(≥|>=|＞|>|不低于|不少于|不小于|大于|高于|达到|超过)$")]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^[^\d]*(以上|及以上)")]
    private static partial Regex AtLeastAfter();

    [GeneratedRegex(@"^[^\d≥≤<>（）()，,；;]{0,8}")]
    private static partial Regex UnitPattern();
}
