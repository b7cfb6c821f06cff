using System.Diagnostics;
using System.Globalization;
using Extraction.Cli;
using Extraction.Reading;

namespace Extraction.Benchmarks;

/// <summary>Time and allocation per document for the Word, HTML and Markdown/text readers:
/// `readers [files...]` (default: the seed renderings and the Markdown report in corpus/).</summary>
internal sealed class ReadersBench : IBench
{
    private const int Rounds = 20;

    public string Name => "readers";

    public string Description => "docx/html/markdown/text reader time and allocation per document";

    public int Run(string[] args)
    {
        var files = args.Length > 0 ? args : DefaultFiles();
        var readers = Composition.Readers();
        Console.WriteLine("file\tKB\tms/doc\tMB/s\talloc MB/doc\tblocks");
        foreach (var path in files)
        {
            var file = new SourceFile(path);
            var reader = readers.FirstOrDefault(r => r.CanRead(FormatSniffer.Sniff(file)));
            if (reader is null)
            {
                Console.WriteLine($"{file.Name}\tno reader");
                continue;
            }

            var blocks = reader.Read(file, ReaderOptions.Default, CancellationToken.None).Blocks.Count();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
            {
                reader.Read(file, ReaderOptions.Default, CancellationToken.None);
            }

            watch.Stop();
            var perDoc = watch.Elapsed.TotalMilliseconds / Rounds;
            var allocPerDoc = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)Rounds / (1 << 20);
            var kb = file.Length / 1024.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.Name}\t{kb:0}\t{perDoc:0.0}\t{kb / 1024 / (perDoc / 1000):0.0}\t{allocPerDoc:0.0}\t{blocks}"));
        }

        return 0;
    }

    private static string[] DefaultFiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "corpus", "seeds")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            return [];
        }

        var seeds = Directory.GetFiles(Path.Combine(dir.FullName, "corpus", "seeds"))
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal));
        var markdown = Directory.GetFiles(Path.Combine(dir.FullName, "corpus", "realdocs"), "*.md");
        return [.. seeds.Order(StringComparer.Ordinal), .. markdown];
    }
}
