using Extraction.Distributed.Queue;
using Extraction.Distributed.Work;

namespace Extraction.Tests.Distributed;

public sealed class LaneBufferTests
{
    [Fact]
    public async Task A_free_slot_takes_text_before_scans_that_arrived_earlier()
    {
        using var buffer = new LaneBuffer<string>();
        buffer.Add(Lane.Scan, "scan1");
        buffer.Add(Lane.Scan, "scan2");
        buffer.Add(Lane.Text, "text1");
        Assert.Equal("text1", await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal("scan1", await buffer.TakeAsync(CancellationToken.None));
        buffer.Add(Lane.Text, "text2");
        Assert.Equal("text2", await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal("scan2", await buffer.TakeAsync(CancellationToken.None));
        Assert.Equal(0, buffer.Count);
    }

    [Fact]
    public async Task Take_waits_for_a_delivery_and_stops_when_cancelled()
    {
        using var buffer = new LaneBuffer<string>();
        var waiting = buffer.TakeAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        buffer.Add(Lane.Scan, "scan");
        Assert.Equal("scan", await waiting);
        using var cancel = new CancellationTokenSource();
        var stopped = buffer.TakeAsync(cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped);
    }
}
