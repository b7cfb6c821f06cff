using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>The levels a stated change is of: the current level (after the change), and the base the 比… phrase names
/// when it is printed (null when the change is stated only against the current level).</summary>
internal sealed record ChangeLevels(Quantity? Current, Quantity? Base);
