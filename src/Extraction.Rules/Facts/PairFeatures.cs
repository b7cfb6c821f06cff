using Extraction.Results;

namespace Extraction.Rules.Facts;

/// <summary>What a linking decision sees of two facts: how alike their measures are, whether their qualifiers agree
/// or conflict, unit kinds, value closeness and misprint shape, origins, distance and structure. The same vector
/// feeds the rules baseline and the learned model.</summary>
internal sealed record PairFeatures
{
    public float CoreEqual { get; init; }

    public float CoreContains { get; init; }

    public float CoreDice { get; init; }

    public float MeasureEqual { get; init; }

    public float CoreLength { get; init; }

    /// <summary>1 agree (both stated, equal), 0 one or both unstated, −1 conflict.</summary>
    public float Period { get; init; }

    public float Scope { get; init; }

    public float Category { get; init; }

    public float SameUnit { get; init; }

    public float Money { get; init; }

    public float Meet { get; init; }

    public float RelativeGap { get; init; }

    public float Misprint { get; init; }

    public float UnitSlip { get; init; }

    /// <summary>Origins: 0 text–text, 1 text–cell, 2 cell–cell, 3 heading–text.</summary>
    public float Origins { get; init; }

    public float SameBlock { get; init; }

    public float SameSection { get; init; }

    public float BlockDistance { get; init; }

    public float PartWhole { get; init; }

    public float HeadingFirst { get; init; }

    /// <summary>The shared core is a word too general to name one quantity (项目, 其他, 合计 …).</summary>
    public float WeakCore { get; init; }

    /// <summary>Distinct values printed for the pair's key (see <see cref="FactLinker"/>); 2 for a plain pair.</summary>
    public float Values { get; init; } = 2;

    /// <summary>Fewest significant digits of the two printed numbers.</summary>
    public float Digits { get; init; }

    /// <summary>A stated qualifier conflict (another year, scope or category) or a part and its whole: never one
    /// quantity, whatever scores the pair.</summary>
    public bool Conflict => Period < 0 || Scope < 0 || Category < 0 || PartWhole > 0;

    public float[] Vector() =>
    [
        CoreEqual, CoreContains, CoreDice, MeasureEqual, CoreLength, Period, Scope, Category, SameUnit, Money, Meet, RelativeGap,
        Misprint, UnitSlip, Origins, SameBlock, SameSection, BlockDistance, PartWhole, HeadingFirst, WeakCore, Values, Digits,
    ];

    public const int Count = 23;

    public static IReadOnlyList<string> Names { get; } =
    [
        "CoreEqual", "CoreContains", "CoreDice", "MeasureEqual", "CoreLength", "Period", "Scope", "Category", "SameUnit", "Money", "Meet", "RelativeGap",
        "Misprint", "UnitSlip", "Origins", "SameBlock", "SameSection", "BlockDistance", "PartWhole", "HeadingFirst", "WeakCore", "Values", "Digits",
    ];
}
