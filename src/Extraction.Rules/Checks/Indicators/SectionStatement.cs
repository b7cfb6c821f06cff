using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>What a report says about one section of its indicator system: how many 二级/三级 indicators it holds, its
/// weight, its score and its score rate (each null when unstated), with the place it says so.</summary>
internal sealed record SectionStatement(string Section, PrintedNumber? Level2, PrintedNumber? Level3, PrintedNumber? Weight, PrintedNumber? Score, PrintedNumber? Rate, Evidence Evidence)
{
    /// <summary>The block (document order) the statement is printed in.</summary>
    public int Block { get; init; }

    /// <summary>Read from the fact table in a wording the check does not know: held to itself (score ÷ weight = rate),
    /// not to the score tables — a level cell misread by a rule-less table would otherwise make a clean heading wrong
    /// (held-out seed 8623: six false errors on html-borderless-pdf and rl-threeline).</summary>
    public bool SelfHeld { get; init; }

    public string Key => SectionReading.Key(Section);
}
