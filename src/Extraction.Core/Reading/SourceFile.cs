using System.Buffers;
using System.Security.Cryptography;

namespace Extraction.Reading;

/// <summary>A file to read. The path is only used to open the file and to name it in messages;
/// nothing derived from document text ever becomes a path.</summary>
public sealed class SourceFile
{
    private string? _sha256;

    public SourceFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Lower-case extension with the dot (".pdf"), or empty.</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public long Length => new FileInfo(Path).Length;

    public string Sha256 => Hash(CancellationToken.None);

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    /// <summary>The first bytes of the file, for content sniffing.</summary>
    public byte[] ReadHead(int count)
    {
        using var stream = OpenRead();
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).ToArray();
    }

    /// <summary>The SHA-256 of the content, read in 1 MiB steps that stop when the token fires: a time-out must
    /// not leave a read of gigabytes running behind it. Computed once; a race computes the same value twice.</summary>
    public string Hash(CancellationToken cancellationToken)
    {
        if (_sha256 is { } known)
        {
            return known;
        }

        using var stream = OpenRead();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return _sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
