using System.Text;
using Extraction.Reading;

namespace Extraction.Tests.Readers;

/// <summary>A file in a private temporary folder, deleted with the object.</summary>
internal sealed class ScratchFile : IDisposable
{
    private readonly string _dir;

    private ScratchFile(string name)
    {
        _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "extraction-readers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        Path = System.IO.Path.Combine(_dir, name);
    }

    public string Path { get; }

    public SourceFile Source => new(Path);

    public static ScratchFile WithBytes(string name, byte[] bytes)
    {
        var file = new ScratchFile(name);
        File.WriteAllBytes(file.Path, bytes);
        return file;
    }

    public static ScratchFile WithText(string name, string text, Encoding? encoding = null) =>
        WithBytes(name, (encoding ?? new UTF8Encoding(false)).GetBytes(text));

    public static ScratchFile Empty(string name) => new(name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
