using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>What a report says about one section of its indicator system: how many 二级/三级 indicators it holds, its
/// weight, its score and its score rate (each null when unstated), with the place it says so.</summary>
internal sealed record SectionStatement(string Section, PrintedNumber? Level2, PrintedNumber? Level3, PrintedNumber? Weight, PrintedNumber? Score, PrintedNumber? Rate, Evidence Evidence)
{
    /// <summary>The block (document order) the statement is printed in.</summary>
    public int Block { get; init; }

    public string Key => SectionReading.Key(Section);
}
