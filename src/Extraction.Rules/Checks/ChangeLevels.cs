using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>The levels a stated change is of: the current level (after the change), and the base the 比… phrase names
/// when it is printed (null when the change is stated only against the current level). <see cref="Ambiguous"/>: the
/// amount taken as the base may be the current level instead (a short 比… phrase its name only contains).</summary>
internal sealed record ChangeLevels(Quantity? Current, Quantity? Base)
{
    public bool Ambiguous { get; init; }

    /// <summary>When the current level closes a 其中 list ("总预算T元，其中：基本支出A元，项目支出B元，同比增加C元"), the
    /// list's whole T: the change may be T's as well as B's.</summary>
    public Quantity? Whole { get; init; }
}
