using System.Collections.Concurrent;
using Extraction.Distributed.Queue;

namespace Extraction.Distributed.Work;

/// <summary>Deliveries a worker holds but has not started, at most its prefetch per lane. A free slot takes a text
/// document before a scanned one, so text documents never wait behind a backlog of scans; with the scan lane's
/// prefetch one below the slots (<see cref="Worker"/>), a slot is free for text whenever text is waiting.</summary>
internal sealed class LaneBuffer<T> : IDisposable
{
    private readonly ConcurrentQueue<T> _text = new();
    private readonly ConcurrentQueue<T> _scan = new();
    private readonly SemaphoreSlim _items = new(0);

    public int Count => _text.Count + _scan.Count;

    public void Add(Lane lane, T item)
    {
        (lane == Lane.Scan ? _scan : _text).Enqueue(item);
        _items.Release();
    }

    /// <summary>Waits for a delivery; text first.</summary>
    public async Task<T> TakeAsync(CancellationToken cancellationToken)
    {
        await _items.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_text.TryDequeue(out var text))
        {
            return text;
        }

        return _scan.TryDequeue(out var scan) ? scan : throw new InvalidOperationException("lane buffer count and contents disagree");
    }

    public void Dispose() => _items.Dispose();
}
