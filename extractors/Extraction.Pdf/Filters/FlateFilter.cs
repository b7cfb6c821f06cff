using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Extraction.Pdf.Filters;

/// <summary>FlateDecode (zlib). Like poppler, damage at the end (bad Adler-32, truncation) keeps what
/// decoded before it and reports a problem; a missing zlib header falls back to raw deflate.</summary>
internal static class FlateFilter
{
    public static byte[] Decode(ReadOnlyMemory<byte> input, DecodeOptions options)
    {
        var sink = new ByteSink(options.MaxDecodedBytes, Math.Max(1024, input.Length * 3));
        if (Inflate(input, sink, raw: false, options, out var error))
        {
            return sink.ToArray();
        }

        if (sink.Length == 0)
        {
            // No zlib header (or a broken one): some producers write raw deflate; try with and without 2 header bytes.
            foreach (var skip in new[] { 0, 2 })
            {
                if (input.Length <= skip)
                {
                    continue;
                }

                var rawSink = new ByteSink(options.MaxDecodedBytes, Math.Max(1024, input.Length * 3));
                if (Inflate(input[skip..], rawSink, raw: true, options, out _) || rawSink.Length > 0)
                {
                    options.Report?.Invoke("FlateDecode: stream is not zlib-wrapped; decoded as raw deflate");
                    return rawSink.ToArray();
                }
            }
        }

        options.Report?.Invoke($"FlateDecode: {error}; kept {sink.Length} decoded bytes");
        return sink.ToArray();
    }

    private static bool Inflate(ReadOnlyMemory<byte> input, ByteSink sink, bool raw, DecodeOptions options, out string error)
    {
        error = "";
        using var source = AsStream(input);
        using Stream inflater = raw ? new DeflateStream(source, CompressionMode.Decompress) : new ZLibStream(source, CompressionMode.Decompress);
        var buffer = new byte[16384];
        try
        {
            while (true)
            {
                var read = inflater.Read(buffer, 0, buffer.Length);
                if (read == 0)
                {
                    return true;
                }

                sink.Add(buffer.AsSpan(0, read));
            }
        }
        catch (InvalidDataException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> input) =>
        MemoryMarshal.TryGetArray(input, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.ToArray(), writable: false);
}
