namespace Extraction.Rules.Rulebooks;

/// <summary>One scoring framework as data (a YAML file): its rules and what selects it.</summary>
public sealed class Rulebook
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    /// <summary>Words of the document (region, issuer) that favour this book when two match equally.</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>"local" (a region's framework: applies only to documents naming one of its keywords) or "national"
    /// (common indicators, applicable anywhere).</summary>
    public string Scope { get; set; } = "local";

    /// <summary>Assessed years the book was written for (a tie-breaker, not a filter).</summary>
    public List<int> Years { get; set; } = [];

    public List<RuleSpec> Rules { get; set; } = [];

    /// <summary>Grade bands, highest first (the national book carries 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差).</summary>
    public List<GradeSpec> Grades { get; set; } = [];
}
