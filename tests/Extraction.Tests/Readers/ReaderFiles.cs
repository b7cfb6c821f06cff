using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Tests.Readers;

/// <summary>Repository paths and scratch files for the reader tests.</summary>
internal static class ReaderFiles
{
    public static string Root { get; } = FindRoot();

    public static SourceFile Corpus(params string[] parts) => new(Path.Combine([Root, "corpus", .. parts]));

    public static Document Read(IDocumentReader reader, SourceFile file, ReaderOptions? options = null) =>
        reader.Read(file, options ?? ReaderOptions.Default, CancellationToken.None);

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
