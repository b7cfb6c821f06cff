using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>Growable output buffer that refuses to grow past a limit, so a decompression bomb becomes a
/// typed error instead of an out-of-memory.</summary>
internal sealed class ByteSink
{
    private readonly long _limit;
    private byte[] _buffer;

    public ByteSink(long limit, int initialCapacity = 4096)
    {
        _limit = limit;
        _buffer = new byte[(int)Math.Clamp(initialCapacity, 16, Math.Max(16, Math.Min(limit, 1 << 24)))];
    }

    public int Length { get; private set; }

    public void Add(byte value)
    {
        if (Length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        if (Length + values.Length > _buffer.Length)
        {
            Grow(values.Length);
        }

        values.CopyTo(_buffer.AsSpan(Length));
        Length += values.Length;
    }

    public byte this[int index] => _buffer[index];

    public ReadOnlySpan<byte> AsSpan() => _buffer.AsSpan(0, Length);

    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    private void Grow(int needed)
    {
        var required = (long)Length + needed;
        if (required > _limit)
        {
            throw new PdfLimitException($"decoded stream data exceeds the limit of {_limit} bytes (ReaderOptions.MaxDecodedBytes)");
        }

        var size = Math.Min(Math.Max(required, (long)_buffer.Length * 2), Math.Min(_limit, Array.MaxLength));
        Array.Resize(ref _buffer, (int)size);
    }
}
