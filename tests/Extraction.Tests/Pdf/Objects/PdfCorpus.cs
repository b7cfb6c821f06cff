namespace Extraction.Tests.Pdf.Objects;

/// <summary>The PDFs in corpus/ (seeds, scans, real documents) and a scratch folder for generated variants.</summary>
internal static class PdfCorpus
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> Files =>
        Directory.EnumerateFiles(Path.Combine(Root, "corpus"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Files)
            {
                data.Add(Path.GetRelativePath(Root, file));
            }

            return data;
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>A fresh temporary directory for files built with qpdf.</summary>
    public static string ScratchDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "extraction-pdfobj-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Extraction.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root (Extraction.sln) not found");
    }
}
