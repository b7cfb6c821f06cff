using Extraction.Results;

namespace Extraction.Rules.Facts;

/// <summary>Computes <see cref="PairFeatures"/> for two facts.</summary>
internal static class PairFeaturizer
{
    public static PairFeatures Of(Fact a, Fact b, bool headingFirst)
    {
        var gap = FactValues.Of(a).Gap(FactValues.Of(b));
        var scale = Math.Max(Math.Abs(FactValues.Of(a).Mid), Math.Abs(FactValues.Of(b).Mid));
        return new PairFeatures
        {
            CoreEqual = a.Core.Length > 0 && a.Core == b.Core ? 1 : 0,
            CoreContains = Contains(a.Core, b.Core) ? 1 : 0,
            CoreDice = (float)Dice(a.Core, b.Core),
            MeasureEqual = a.Measure.Length > 0 && a.Measure == b.Measure ? 1 : 0,
            CoreLength = Math.Min(a.Core.Length, b.Core.Length),
            Period = Agreement(a.Period, b.Period),
            Scope = ScopeAgreement(a.Scope, b.Scope),
            Category = Agreement(a.Category, b.Category),
            SameUnit = a.Unit == b.Unit ? 1 : 0,
            Money = Numbers.Units.IsAmount(a.Unit) ? 1 : 0,
            Meet = FactValues.Meet(a, b) ? 1 : 0,
            RelativeGap = scale == 0 ? 0 : (float)Math.Min(1m, gap / scale),
            Misprint = FactValues.Misprint(a, b) || FactValues.Misprint(b, a) ? 1 : 0,
            UnitSlip = FactValues.UnitSlip(a, b) ? 1 : 0,
            Origins = Origins(a, b),
            SameBlock = a.Block == b.Block ? 1 : 0,
            SameSection = a.Section == b.Section ? 1 : 0,
            BlockDistance = Math.Min(50, Math.Abs(a.Block - b.Block)),
            PartWhole = a.PartOf == b.Id || b.PartOf == a.Id ? 1 : 0,
            HeadingFirst = headingFirst ? 1 : 0,
            Digits = Digits(a, b),
            WeakCore = Weak.Contains(a.Core) || Weak.Contains(b.Core) ? 1 : 0,
        };
    }

    private static readonly HashSet<string> Weak = ["项目", "其他", "其它", "合计", "小计", "总计", "本年", "上年", "该项", "本项", "该项目", "本项目", "完成", "总", "年", "年末", "年初", "期末", "期初", "余额", "结余", "结转"];

    /// <summary>How many digits a slip between the two would have to hit by chance: the fewer significant digits of the
    /// two, but one less than the longer's when one is the other with a digit dropped (0.19 for 70.19 is no
    /// coincidence of two short numbers: it is the longer's digits bar one). A slip at a coarser reading (15 vs 10.40
    /// read as 10) keeps the fewer.</summary>
    private static int Digits(Fact a, Fact b)
    {
        var (sa, sb) = (Significant(a), Significant(b));
        return FactValues.DigitDropped(a, b) ? Math.Max(Math.Min(sa, sb), Math.Max(sa, sb) - 1) : Math.Min(sa, sb);
    }

    /// <summary>Significant digits as printed: leading zeros never count, trailing zeros only after a decimal point
    /// ("550.00" has five, "5500" two) or in an exact count of things (5400 份 has four).</summary>
    private static int Significant(Fact f)
    {
        var digits = new string(f.Text.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        return f.Text.Contains('.', StringComparison.Ordinal) || FactValues.ExactCount(f) ? digits.Length : digits.TrimEnd('0').Length;
    }

    public static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b && a.Length > 0 ? 1 : 0;
        }

        var ba = Bigrams(a);
        var bb = Bigrams(b);
        var common = ba.Count(bb.Remove);
        return 2.0 * common / (a.Length - 1 + b.Length - 1);
    }

    private static List<string> Bigrams(string s) => Enumerable.Range(0, s.Length - 1).Select(i => s.Substring(i, 2)).ToList();

    private static bool Contains(string a, string b)
    {
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        return s.Length >= 2 && l.Contains(s, StringComparison.Ordinal);
    }

    private static float Agreement(string? a, string? b) => a is null || b is null ? 0 : a == b ? 1 : -1;

    /// <summary>Scopes of one class (决算, 执行, 实际; 预算 and 年初预算) may be one quantity; 年初 vs 调整 never. 全年预算 is the
    /// budget after the year's adjustments (项目支出绩效自评表: 年初预算数, 全年预算数, 全年执行数), so it may be 调整预算.</summary>
    private static float ScopeAgreement(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        if (Class(a) != Class(b))
        {
            return -1;
        }

        var adjusted = (a, b) is ("全年预算", "调整预算") or ("调整预算", "全年预算");
        return a == "预算" || b == "预算" || adjusted || Class(a) == "actual" || Class(a) == "target" ? 0.5f : -1;
    }

    private static string Class(string scope) => scope switch
    {
        "预算" or "年初预算" or "调整预算" or "全年预算" => "plan",
        "计划" or "目标" => "target",
        "决算" or "执行" or "实际" => "actual",
        _ => scope,
    };

    private static float Origins(Fact a, Fact b)
    {
        var cells = (a.Origin == "cell" ? 1 : 0) + (b.Origin == "cell" ? 1 : 0);
        if (a.Origin == "heading" || b.Origin == "heading")
        {
            return 3;
        }

        return cells;
    }
}
