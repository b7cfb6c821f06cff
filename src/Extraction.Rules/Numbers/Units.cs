namespace Extraction.Rules.Numbers;

/// <summary>Unit normalisation: amounts to 元 (元/千元/万元/亿元, bare 万/亿 after money words), percent vs ratio.</summary>
public static class Units
{
    /// <summary>The factor that turns a value in <paramref name="unit"/> into 元, or null when the unit is not money.</summary>
    public static decimal? YuanFactor(string? unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" or "万" => 10_000m,
        "亿元" or "亿" => 100_000_000m,
        _ => null,
    };

    public static bool IsAmount(string? unit) => YuanFactor(unit) is not null;

    public static bool IsPercent(string? unit) => unit is "%" or "％";

    /// <summary>Units of people or things counted one by one (人, 个, 项, 份 …): an integer printed in them is exact.</summary>
    public static bool IsCounted(string? unit) => unit is "人" or "人次" or "个" or "次" or "宗" or "份" or "家" or "名" or "项" or "套" or "条" or "间" or "户" or "所" or "件" or "场" or "批次";

    /// <summary>A comparable kind: "amount", "%", "分", or the count unit itself.</summary>
    public static string? Kind(string? unit) => unit is null ? null : IsAmount(unit) ? "amount" : IsPercent(unit) ? "%" : unit;

    /// <summary>The interval in 元 for an amount, in percent units for a percentage (a ratio 0.95 becomes 95).</summary>
    public static Interval Normalise(Interval value, string? unit) =>
        YuanFactor(unit) is { } f ? value.Scale(f) : value;
}
