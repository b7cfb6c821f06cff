using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>The levels a stated change is of: the current level (after the change), and the base the 比… phrase names
/// when it is printed (null when the change is stated only against the current level). <see cref="Ambiguous"/>: the
/// amount taken as the base may be the current level instead (a short 比… phrase its name only contains).</summary>
internal sealed record ChangeLevels(Quantity? Current, Quantity? Base)
{
    public bool Ambiguous { get; init; }
}
