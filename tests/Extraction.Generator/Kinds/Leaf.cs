using Extraction.Generator.Frameworks;
using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>A drawn leaf indicator: its place in the framework, weight, actual value (quantity id, null for qualitative),
/// rule and the score each column gives it.</summary>
public sealed record Leaf(Section Section, int SectionIndex, string Group, int GroupIndex, int LeafIndex, string Name, LeafTemplate Template,
    decimal Weight, string? Actual, ScoreRule? Rule, string Criteria, IReadOnlyDictionary<string, decimal> Scores)
{
    public string Code(string style) => style switch
    {
        "A101" => $"{Section.Code}{GroupIndex + 1}{LeafIndex + 1:00}",
        "1.1.1" => $"{SectionIndex + 1}.{GroupIndex + 1}.{LeafIndex + 1}",
        _ => "",
    };
}
