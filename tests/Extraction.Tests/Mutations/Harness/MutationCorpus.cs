namespace Extraction.Tests.Mutations;

/// <summary>The clean documents the harness mutates by default: the seeds' HTML and Word renderings and the
/// Markdown reports in corpus/realdocs (text renderings on request).</summary>
internal static class MutationCorpus
{
    public static string Root()
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

        throw new DirectoryNotFoundException("expected Extraction.sln above the working directory or the binaries, found none");
    }

    public static IReadOnlyList<string> Files(bool includeText = false)
    {
        var root = Root();
        var seeds = Directory.GetFiles(Path.Combine(root, "corpus", "seeds"))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)
                || (includeText && f.EndsWith(".txt", StringComparison.Ordinal)));
        var markdown = Directory.GetFiles(Path.Combine(root, "corpus", "realdocs"), "*.md");
        return [.. seeds.Order(StringComparer.Ordinal), .. markdown.Order(StringComparer.Ordinal)];
    }
}
