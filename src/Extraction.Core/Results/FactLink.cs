using Extraction.Messages;

namespace Extraction.Results;

/// <summary>Two facts judged mentions of one quantity: <see cref="Confidence"/> in [0, 1], <see cref="Reason"/> says
/// why they were linked (shown in findings), <see cref="Agree"/> whether their printed intervals meet.</summary>
public sealed record FactLink(int A, int B, double Confidence, Msg Reason, bool Agree);
