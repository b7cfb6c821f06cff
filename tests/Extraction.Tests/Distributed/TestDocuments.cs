using System.Text;
using Extraction.Tests.Corpus;

namespace Extraction.Tests.Distributed;

/// <summary>Test batches copied from the corpus: real readers' work (Word, HTML, text, Markdown, PDF), distinct
/// contents (text copies get a trailing blank line per copy, which the readers ignore but the hash does not).</summary>
internal static class TestDocuments
{
    public static IReadOnlyList<string> Thirty(string folder)
    {
        var seeds = RepositoryPaths.Combine("corpus", "seeds");
        var originals = Directory.EnumerateFiles(seeds).Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.Contains(".scan.", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("corpus", "producers"), "*.pdf"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var copied = originals.Select(f => Copy(f, folder, Path.GetFileName(f), 0)).ToList();
        var texts = originals.Where(f => Path.GetExtension(f) is ".txt" or ".html").ToList();
        for (var copy = 1; copied.Count < 30; copy++)
        {
            foreach (var text in texts.TakeWhile(_ => copied.Count < 30))
            {
                copied.Add(Copy(text, folder, $"{Path.GetFileNameWithoutExtension(text)}.copy{copy}{Path.GetExtension(text)}", copy));
            }
        }

        return copied;
    }

    /// <summary>A scanned PDF (OCR takes seconds) among two text documents.</summary>
    public static (string Scan, IReadOnlyList<string> Texts) ScanAndTwoTexts(string folder)
    {
        var seeds = RepositoryPaths.Combine("corpus", "seeds");
        var scan = Copy(Path.Combine(seeds, "seed002.scan.pdf"), folder, "seed002.scan.pdf", 0);
        return (scan, [Copy(Path.Combine(seeds, "seed000.txt"), folder, "seed000.txt", 0), Copy(Path.Combine(seeds, "seed001.html"), folder, "seed001.html", 0)]);
    }

    private static string Copy(string source, string folder, string name, int blankLines)
    {
        var target = Path.Combine(folder, name);
        File.Copy(source, target);
        if (blankLines > 0)
        {
            File.AppendAllText(target, new string('\n', blankLines), Encoding.UTF8);
        }

        return target;
    }
}
