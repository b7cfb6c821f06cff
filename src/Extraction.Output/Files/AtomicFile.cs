using System.Text;

namespace Extraction.Output.Files;

/// <summary>Writes a file so that a crash at any moment leaves either the old file or the new one, never a
/// truncated one: write to a temporary name in the same folder, flush to disk, then rename over the target.</summary>
public static class AtomicFile
{
    /// <summary>Files a crashed run may leave behind start with this prefix; <see cref="CleanTemporaries"/> removes them.</summary>
    public const string TempPrefix = ".tmp-";

    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text, Encoding? encoding = null) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, encoding ?? Utf8, 1 << 16, leaveOpen: true);
            writer.Write(text);
        });

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        // The temporary name is fixed-length: a target name near the file system's 255-byte limit must still fit.
        var temp = Path.Combine(directory, $"{TempPrefix}{Guid.NewGuid():N}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Removes temporaries a killed run left in <paramref name="directory"/>.</summary>
    public static void CleanTemporaries(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, TempPrefix + "*"))
        {
            TryDelete(file);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
