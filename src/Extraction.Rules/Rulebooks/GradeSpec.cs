namespace Extraction.Rules.Rulebooks;

/// <summary>A grade band: the grade given from <see cref="Min"/> up.</summary>
public sealed class GradeSpec
{
    public string Grade { get; set; } = string.Empty;

    public decimal Min { get; set; }
}
