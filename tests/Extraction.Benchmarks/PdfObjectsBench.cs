using System.Diagnostics;
using System.Globalization;
using Extraction.Pdf.Structure;

namespace Extraction.Benchmarks;

/// <summary>`pdf-objects [iterations]`: pages per second for open + decode every page's content streams over
/// the corpus PDFs, peak memory, and `qpdf --check` on the same files in the same run for comparison.</summary>
internal sealed class PdfObjectsBench : IBench
{
    public string Name => "pdf-objects";

    public string Description => "PDF object layer: open + decode all content streams (pages/s, peak memory) vs qpdf --check";

    public int Run(string[] args)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 5;
        var files = BenchCorpus.PdfFiles();
        long bytes = 0;
        foreach (var file in files)
        {
            bytes += new FileInfo(file).Length;
            Measure(file); // warm-up (JIT)
        }

        var pages = 0L;
        var contentBytes = 0L;
        var heapBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var file in files)
            {
                var (p, c) = Measure(file);
                pages += p;
                contentBytes += c;
            }
        }

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - heapBefore;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var qpdf = QpdfCheck(files, iterations);
        var filePages = pages / iterations;
        Console.WriteLine($"pdf-objects: {files.Count} files, {bytes / 1024} KiB, {filePages} pages, {iterations} iterations");
        Console.WriteLine($"  ours: {pages / watch.Elapsed.TotalSeconds:0} pages/s, {watch.Elapsed.TotalMilliseconds / (iterations * files.Count):0.0} ms/file, decoded content {contentBytes / iterations / 1024} KiB per pass");
        Console.WriteLine($"  memory: peak working set {peak / (1024 * 1024)} MiB (whole process), allocated {allocated / iterations / (1024 * 1024)} MiB per pass");
        Console.WriteLine(qpdf is { } q
            ? $"  qpdf --check: {filePages * iterations / q.TotalSeconds:0} pages/s, {q.TotalMilliseconds / (iterations * files.Count):0.0} ms/file (process start included)"
            : "  qpdf --check: qpdf not available");
        LargeFile(files[0]);
        return 0;
    }

    /// <summary>A ~1,000-page file made by qpdf from repeated corpus pages: what opening it and walking
    /// its pages costs (lazy loading keeps this small), then decoding every page.</summary>
    private static void LargeFile(string source)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pdf-objects-1000-{Environment.ProcessId}.pdf");
        var args = new List<string> { "--empty", "--pages" };
        var sourcePages = 0;
        using (var probe = PdfFile.Open(source))
        {
            sourcePages = probe.Pages.Count;
        }

        for (var pages = 0; pages < 1000; pages += sourcePages)
        {
            args.Add(source);
        }

        args.AddRange(["--", path]);
        try
        {
            var info = new ProcessStartInfo("qpdf") { UseShellExecute = false, RedirectStandardError = true };
            args.ForEach(info.ArgumentList.Add);
            using (var process = Process.Start(info)!)
            {
                process.StandardError.ReadToEnd();
                process.WaitForExit();
            }

            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            using var file = PdfFile.Open(path);
            var count = file.Pages.Count;
            var openMs = watch.Elapsed.TotalMilliseconds;
            var afterOpen = GC.GetTotalMemory(forceFullCollection: true) - before;
            long content = 0;
            foreach (var page in file.Pages)
            {
                content += page.GetContentBytes().Length;
            }

            var allMs = watch.Elapsed.TotalMilliseconds;
            var afterAll = GC.GetTotalMemory(forceFullCollection: true) - before;
            Console.WriteLine($"  {count}-page file ({new FileInfo(path).Length / 1024} KiB): open + page tree {openMs:0} ms, heap {afterOpen / 1024} KiB; all content decoded ({content / 1024} KiB) in {allMs:0} ms, heap then {afterAll / 1024} KiB");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("  1000-page file: qpdf not available");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Pages, long ContentBytes) Measure(string path)
    {
        using var file = PdfFile.Open(path);
        long content = 0;
        foreach (var page in file.Pages)
        {
            content += page.GetContentBytes().Length;
        }

        return (file.Pages.Count, content);
    }

    private static TimeSpan? QpdfCheck(IReadOnlyList<string> files, int iterations)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            for (var i = 0; i < iterations; i++)
            {
                foreach (var file in files)
                {
                    var info = new ProcessStartInfo("qpdf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                    info.ArgumentList.Add("--check");
                    info.ArgumentList.Add(file);
                    using var process = Process.Start(info)!;
                    process.StandardOutput.ReadToEnd();
                    process.StandardError.ReadToEnd();
                    process.WaitForExit();
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        return watch.Elapsed;
    }
}
