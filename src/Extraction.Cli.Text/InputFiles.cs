using Extraction.Cli.Inputs;
using Extraction.Messages;
using Extraction.Results;

namespace Extraction.Cli;

/// <summary>Turns command-line paths into the documents to read. Folders are walked recursively by extension;
/// only regular files are read (a pipe or a device would block or never end); links are resolved once, so every
/// document is read once under its canonical path however it is spelled or linked, and link loops end the walk of
/// that branch; the output folder and the tool's own reports are listed as skipped, not read.</summary>
public static class InputFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".docx", ".html", ".htm", ".md", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
    };

    // A sane bound on folders visited, against a tree built to exhaust the walk.
    private const int MaxDirectories = 200_000;

    /// <summary>Files in a stable order; paths that do not exist are returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var found = Discover(paths, outputDirectory: null);
        missing = found.Missing;
        return found.Files;
    }

    /// <summary>Discovers the documents under <paramref name="paths"/>; files inside
    /// <paramref name="outputDirectory"/> are the tool's own and are skipped.</summary>
    public static DiscoveredInputs Discover(IEnumerable<string> paths, string? outputDirectory)
    {
        var output = string.IsNullOrWhiteSpace(outputDirectory) ? null : UnixFile.RealPath(outputDirectory) ?? Path.GetFullPath(outputDirectory);
        var walk = new Walk(output);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (string.IsNullOrEmpty(path))
            {
                missing.Add(path);
                continue;
            }

            var real = UnixFile.RealPath(path);
            if (real is null)
            {
                if (IsLink(path))
                {
                    walk.Skip(Path.GetFullPath(path), Msg.Of("skip.broken_link"));
                }
                else
                {
                    missing.Add(path);
                }

                continue;
            }

            if (UnixFile.KindOf(real) == FileKind.Directory)
            {
                walk.Folder(real);
            }
            else
            {
                walk.Consider(real, Path.GetFullPath(path));
            }
        }

        return new DiscoveredInputs(walk.Files, walk.Skipped, missing);
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>One discovery: files and folders already seen by canonical path, in the order found.</summary>
    private sealed class Walk(string? output)
    {
        private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenFolders = new(StringComparer.Ordinal);

        public List<string> Files { get; } = [];

        public List<SkippedInput> Skipped { get; } = [];

        public void Skip(string path, Msg reason)
        {
            if (_seenFiles.Add(path))
            {
                Skipped.Add(new SkippedInput(path, reason));
            }
        }

        public void Folder(string root)
        {
            var found = new List<string>();
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0 && _seenFolders.Count < MaxDirectories)
            {
                var folder = pending.Pop();
                if (!_seenFolders.Add(folder))
                {
                    continue; // reached again through a link: a loop or a second route to the same folder
                }

                if (folder == output)
                {
                    continue; // this run's own output folder is not input (and is not listed, so reruns agree)
                }

                foreach (var entry in Entries(folder))
                {
                    if (entry.LinkTarget is null && entry is DirectoryInfo)
                    {
                        pending.Push(entry.FullName);
                        continue;
                    }

                    var real = entry.LinkTarget is null ? entry.FullName : UnixFile.RealPath(entry.FullName);
                    if (real is null)
                    {
                        if (Extensions.Contains(entry.Extension))
                        {
                            Skip(entry.FullName, Msg.Of("skip.broken_link"));
                        }

                        continue;
                    }

                    if (entry.LinkTarget is not null && UnixFile.KindOf(real) == FileKind.Directory)
                    {
                        pending.Push(real);
                        continue;
                    }

                    if (Extensions.Contains(entry.Extension) || Extensions.Contains(Path.GetExtension(real)))
                    {
                        found.Add(entry.FullName + "\0" + real);
                    }
                }
            }

            // Stable order: by the path as found under the root.
            foreach (var pair in found.Order(StringComparer.Ordinal))
            {
                var parts = pair.Split('\0');
                Consider(parts[1], parts[0]);
            }
        }

        public void Consider(string real, string shown)
        {
            if (_seenFiles.Contains(real))
            {
                return; // the same document under another spelling or link
            }

            var kind = UnixFile.KindOf(real);
            if (kind != FileKind.Regular)
            {
                var what = Msg.Of(kind switch
                {
                    FileKind.Pipe => "skip.pipe",
                    FileKind.CharacterDevice or FileKind.BlockDevice => "skip.device",
                    FileKind.Socket => "skip.socket",
                    // .NET decodes file names as UTF-8; bytes that are not (a GBK name copied from Windows) become
                    // U+FFFD and the decoded name opens nothing.
                    null when Path.GetFileName(shown).Contains('\uFFFD', StringComparison.Ordinal) => "skip.undecodable_name",
                    null => "skip.unexaminable",
                    _ => "skip.not_regular",
                });
                Skip(shown, shown == real ? what : Msg.Of("skip.link_to", ("target", real)));
                return;
            }

            if (output is not null && real.StartsWith(output + "/", StringComparison.Ordinal))
            {
                return; // inside this run's output folder (reached by a link or named on the command line)
            }

            if (IsOwnReport(real))
            {
                Skip(real, Msg.Of("skip.own_report"));
                return;
            }

            _seenFiles.Add(real);
            Files.Add(real);
        }

        private static IEnumerable<FileSystemInfo> Entries(string folder)
        {
            try
            {
                var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                return new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).ToArray();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return [];
            }
        }

        // report.html written by this tool carries a generator mark; an older one sits beside its extraction.db.
        private static bool IsOwnReport(string path)
        {
            var extension = Path.GetExtension(path);
            if (!extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (Path.GetFileName(path) == "report.html" && File.Exists(Path.Combine(Path.GetDirectoryName(path) ?? ".", "extraction.db")))
            {
                return true;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096);
                var head = new byte[1024];
                var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                return System.Text.Encoding.UTF8.GetString(head, 0, read).Contains(OwnReport.GeneratorMeta, StringComparison.Ordinal);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
