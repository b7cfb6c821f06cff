namespace Extraction.Distributed.Queue;

/// <summary>Which queue a document waits in, by its expected cost: text documents take tenths of a second,
/// scanned ones seconds a page, so they queue apart and a worker serves text first (see <see cref="Work.LaneBuffer"/>).</summary>
public enum Lane
{
    Text,
    Scan,
}
