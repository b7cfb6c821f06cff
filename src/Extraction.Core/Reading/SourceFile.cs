using System.Security.Cryptography;

namespace Extraction.Reading;

/// <summary>A file to read. The path is only used to open the file and to name it in messages;
/// nothing derived from document text ever becomes a path.</summary>
public sealed class SourceFile
{
    private readonly Lazy<string> _sha256;

    public SourceFile(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _sha256 = new Lazy<string>(ComputeSha256);
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>Lower-case extension with the dot (".pdf"), or empty.</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public long Length => new FileInfo(Path).Length;

    public string Sha256 => _sha256.Value;

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);

    /// <summary>The first bytes of the file, for content sniffing.</summary>
    public byte[] ReadHead(int count)
    {
        using var stream = OpenRead();
        var buffer = new byte[count];
        var read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).ToArray();
    }

    private string ComputeSha256()
    {
        using var stream = OpenRead();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
