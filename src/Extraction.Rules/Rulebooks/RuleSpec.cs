namespace Extraction.Rules.Rulebooks;

/// <summary>A rule: the indicator it scores (with synonyms), its shape and the shape's parameters.
/// Unused parameters stay null. Composite rules ("sum") list their parts.</summary>
public sealed class RuleSpec
{
    public string Indicator { get; set; } = string.Empty;

    public List<string> Synonyms { get; set; } = [];

    public string Shape { get; set; } = "qualitative";

    /// <summary>Named inputs → the labels that name them in the document (synonyms).</summary>
    public Dictionary<string, List<string>> Inputs { get; set; } = [];

    /// <summary>Points of the rule or part (defaults to the indicator's weight).</summary>
    public decimal? Points { get; set; }

    /// <summary>linear: the rate above which the score is 0 (政府采购: actual &gt; plan).</summary>
    public decimal? Veto { get; set; }

    public List<BandSpec> Bands { get; set; } = [];

    /// <summary>deduction / slope: points taken per item or per step.</summary>
    public decimal? Per { get; set; }

    /// <summary>slope: the value where deductions start and the size of one step.</summary>
    public decimal? Threshold { get; set; }

    public decimal? Step { get; set; }

    /// <summary>quarterly: 序时进度 of each quarter (25, 50, 75, 100) and the points of the annual average.</summary>
    public List<decimal> Schedule { get; set; } = [];

    public decimal? AveragePoints { get; set; }

    /// <summary>tiers: the values the rule can give.</summary>
    public List<decimal> Values { get; set; } = [];

    /// <summary>bonus: the largest bonus and the largest penalty.</summary>
    public decimal? Cap { get; set; }

    public decimal? PenaltyCap { get; set; }

    public decimal? PenaltyPer { get; set; }

    /// <summary>rescaled / average: the scale the external scores are given on (100).</summary>
    public decimal? Scale { get; set; }

    public List<RuleSpec> Parts { get; set; } = [];

    /// <summary>The kind of the measured value: "%" (default), "score", "amount", "count".</summary>
    public string? Kind { get; set; } = "%";

    public string? Note { get; set; }

    public IEnumerable<string> Names => Synonyms.Prepend(Indicator);
}
