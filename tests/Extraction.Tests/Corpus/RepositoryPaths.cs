namespace Extraction.Tests.Corpus;

/// <summary>Locates the repository root (the folder holding Extraction.sln) from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"expected Extraction.sln above {AppContext.BaseDirectory}, found none");
    }
}
