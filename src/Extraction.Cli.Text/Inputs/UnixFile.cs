using System.Runtime.InteropServices;

namespace Extraction.Cli.Inputs;

/// <summary>What .NET does not say about a path on Linux: its file type (regular file, pipe, device…) and its
/// canonical form with every link resolved (realpath). Used by input discovery only.</summary>
internal static partial class UnixFile
{
    private const uint TypeMask = 0xF000;

    /// <summary>The file type behind <paramref name="path"/> (links followed), or null when it cannot be stat'ed.</summary>
    public static FileKind? KindOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : null;
        }

        // struct stat: st_mode is at byte 24 on x86-64 (dev, ino, nlink first) and 16 on the generic layout (arm64…).
        var buffer = new byte[256];
        if (Stat(path, buffer) != 0)
        {
            return null;
        }

        var offset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        var mode = BitConverter.ToUInt32(buffer, offset) & TypeMask;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Pipe,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    /// <summary>The canonical absolute path (every link and "." / ".." resolved), or null for a broken link or a loop.</summary>
    public static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Path.GetFullPath(path);
        }

        var resolved = Realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr Realpath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
