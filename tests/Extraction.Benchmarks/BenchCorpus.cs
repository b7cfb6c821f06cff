namespace Extraction.Benchmarks;

/// <summary>Finds the repository's corpus PDFs from the working directory or the binary's location.</summary>
internal static class BenchCorpus
{
    public static IReadOnlyList<string> PdfFiles(bool includeScans = true)
    {
        var root = FindRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "corpus"), "*.pdf", SearchOption.AllDirectories)
            .Where(f => includeScans || !f.EndsWith(".scan.pdf", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "Extraction.sln")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("repository root (Extraction.sln) not found");
    }
}
