namespace Extraction.Analysis.Figures;

/// <summary>Units a figure may carry, longest first so that 万元 wins over 万 and 人次 over 人.</summary>
internal static class Units
{
    public const string Pattern = "亿元|万元|千元|元|个百分点|百分点|%|‰|万人次|人次|万人|万户|万册|平方米|平方公里|公里|小时|人|个|批次|次|宗|份|家|分|名|户|项|件|台|套|辆|座|场|篇|册|万|亿";

    /// <summary>Factor to 元 for amounts, null for other units.</summary>
    public static decimal? YuanFactor(string? unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };

    /// <summary>Words after a number that make it a date, an ordinal or a document number rather than a figure.</summary>
    public static bool IsNonFigureSuffix(char c) => c is '年' or '月' or '日' or '号' or '届' or '期' or '批' or '级' or '类' or '岁' or '季' or '〕' or ']' or '】' or '号';
}
