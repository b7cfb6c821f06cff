using Extraction.Distributed.Queue;

namespace Extraction.Distributed.Work;

/// <summary>A message in a worker's hand: its delivery tag (for the acknowledgement) and its parsed body
/// (null when it is not a work message).</summary>
internal sealed record Delivery(ulong Tag, WorkMessage? Message);
