namespace Extraction.Workspace.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Extraction.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"expected Extraction.sln above {AppContext.BaseDirectory}, found none");
    }
}
