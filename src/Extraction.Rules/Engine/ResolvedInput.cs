using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Engine;

/// <summary>An input value found for a rule: the interval it stands for and the figure it came from.</summary>
public sealed record ResolvedInput(string Name, Interval Value, Figure Figure);
