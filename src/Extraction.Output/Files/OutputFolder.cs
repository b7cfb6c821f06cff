using System.Globalization;
using System.Runtime.InteropServices;

namespace Extraction.Output.Files;

/// <summary>An output folder held by one run: created if missing, checked writable, and locked (an exclusive lock
/// on DIR/.extract.lock, released by the system even when the run is killed) so that two runs never interleave their
/// CSVs, workbook, database and report. A second run refuses at once with a message naming the holder.
/// The lock and owner files are removed when the run ends, so the folder holds only results (a run killed with
/// -9 leaves them; the next run takes the lock over).</summary>
public sealed partial class OutputFolder : IDisposable
{
    public const string LockName = ".extract.lock";

    // The holder is written beside the lock: the locked file itself cannot be read by another process.
    private const string OwnerName = ".extract.owner";

    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    public string Path { get; }

    /// <summary>Opens and locks <paramref name="directory"/>; throws <see cref="OutputFolderException"/> saying why it cannot be used.</summary>
    public static OutputFolder Open(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new OutputFolderException("--out: expected a folder path, found an empty string");
        }

        var full = System.IO.Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new OutputFolderException($"--out {directory}: expected a folder, found a file");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputFolderException($"--out {directory}: cannot create the folder: {ex.Message}", ex);
        }

        var lockPath = System.IO.Path.Combine(full, LockName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new OutputFolderException($"--out {directory}: the folder is not writable: {ex.Message}", ex);
        }
        catch (IOException ex) when (File.Exists(lockPath))
        {
            throw new OutputFolderException($"--out {directory}: locked by another run ({Holder(full)}); wait for it to finish or choose another --out", ex);
        }
        catch (IOException ex)
        {
            throw new OutputFolderException($"--out {directory}: the folder is not writable: {ex.Message}", ex);
        }

        if (!StillAt(stream, lockPath))
        {
            // The run holding the lock removed the file as it ended, after this run opened it: the lock taken is
            // on a file no longer in the folder, and a third run could lock a new one. Start over on the new file.
            stream.Dispose();
            return Open(directory);
        }

        try
        {
            var owner = System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} since {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC\n"));
            File.WriteAllBytes(System.IO.Path.Combine(full, OwnerName), owner);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw new OutputFolderException($"--out {directory}: cannot write to the folder: {ex.Message}", ex);
        }

        return new OutputFolder(full, stream);
    }

    /// <summary>Removes the owner and lock files while still holding the lock, then releases it.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(System.IO.Path.Combine(Path, OwnerName));
            File.Delete(System.IO.Path.Combine(Path, LockName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind, they are harmless: the next run takes the lock over.
        }

        _lock.Dispose();
    }

    /// <summary>Whether the locked handle is still the file at <paramref name="path"/> (same device and inode).</summary>
    private static bool StillAt(FileStream stream, string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        // struct stat starts with st_dev and st_ino (8 bytes each) on x86-64 and on the generic layout.
        var open = new byte[256];
        var named = new byte[256];
        if (FStat((int)stream.SafeFileHandle.DangerousGetHandle(), open) != 0)
        {
            return true; // cannot tell: keep the lock taken
        }

        return Stat(path, named) == 0 && open.AsSpan(0, 16).SequenceEqual(named.AsSpan(0, 16));
    }

    private static string Holder(string folder)
    {
        try
        {
            return File.ReadAllText(System.IO.Path.Combine(folder, OwnerName)).Trim() is { Length: > 0 } line ? line : "holder unknown";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }

    [LibraryImport("libc", EntryPoint = "fstat")]
    private static partial int FStat(int descriptor, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
