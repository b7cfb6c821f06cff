namespace Extraction.Cli;

/// <summary>Expands command-line paths into the files to process (folders recursively, by extension).</summary>
public static class InputFiles
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".docx", ".html", ".htm", ".md", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
    };

    /// <summary>Files in a stable order; paths that do not exist are returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var absent = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                files.AddRange(Directory.EnumerateFiles(path, "*", options)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                absent.Add(path);
            }
        }

        missing = absent;
        return files.Distinct(StringComparer.Ordinal).ToArray();
    }
}
