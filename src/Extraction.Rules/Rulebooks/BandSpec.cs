namespace Extraction.Rules.Rulebooks;

/// <summary>One band of a threshold rule: [Min, Max) by default, inclusivity as printed.</summary>
public sealed class BandSpec
{
    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public bool MinInclusive { get; set; } = true;

    public bool MaxInclusive { get; set; }

    public decimal Points { get; set; }

    public bool Contains(decimal v) =>
        (Min is not { } lo || (MinInclusive ? v >= lo : v > lo)) && (Max is not { } hi || (MaxInclusive ? v <= hi : v < hi));

    public override string ToString() =>
        $"{(Min is { } lo ? (MinInclusive ? "[" : "(") + lo : "(-∞")}, {(Max is { } hi ? hi + (MaxInclusive ? "]" : ")") : "∞)")} → {Points}";
}
