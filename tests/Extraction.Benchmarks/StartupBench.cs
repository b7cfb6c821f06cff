using System.Diagnostics;
using System.Globalization;
using Extraction.Tests.Corpus;

namespace Extraction.Benchmarks;

/// <summary>First-minute cost: `./extract text` against pdftotext on one small PDF and on six real PDFs in one
/// call (pdftotext is run once per file, as it takes one), the two commands interleaved run by run so load
/// drifts hit both alike; medians and ratios from the same run. Also `./extract --version` (start-up alone).
/// Usage: startup [runs] [wrapper] (defaults: 9 runs, ./extract from the repository root).</summary>
internal sealed class StartupBench : IBench
{
    public string Name => "startup";

    public string Description => "./extract text vs pdftotext wall time: one small PDF, six PDFs in one call (medians, ratios)";

    public int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
        var root = RepositoryPaths.Root;
        var wrapper = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(root, "extract");
        var small = Path.Combine(root, "corpus", "seeds", "seed000.pdf");
        string[] six =
        [
            .. Directory.GetFiles(Path.Combine(root, "corpus", "realdocs"), "*.pdf").Order(StringComparer.Ordinal),
            .. new[] { "seed001.pdf", "seed002.pdf", "seed003.pdf" }.Select(f => Path.Combine(root, "corpus", "seeds", f)),
        ];
        if (!File.Exists(wrapper) || six.Length != 6 || !six.Append(small).All(File.Exists))
        {
            Console.Error.WriteLine($"expected {wrapper}, corpus/seeds/seed000–003.pdf and three corpus/realdocs/*.pdf");
            return 2;
        }

        // One call first: the wrapper builds (or publishes) when its stamp is stale; that is not start-up.
        Wall(wrapper, ["text", small]);
        Console.WriteLine($"{runs} runs each, interleaved; wall time in ms (median), machine load {LoadAverage()}");
        Console.WriteLine("case | ./extract | pdftotext | ratio | target");
        Report("one small PDF (seed000.pdf, 12 pages)", runs,
            () => Wall(wrapper, ["text", small]),
            () => Wall("pdftotext", [small, "-"]),
            2.0);
        Report("six PDFs in one call (3 realdocs + seed001–003)", runs,
            () => Wall(wrapper, ["text", .. six]),
            () => six.Sum(f => Wall("pdftotext", [f, "-"])),
            1.5);
        Report("start-up alone (--version vs pdftotext -v)", runs,
            () => Wall(wrapper, ["--version"]),
            () => Wall("pdftotext", ["-v"]),
            double.NaN);
        return 0;
    }

    private static void Report(string name, int runs, Func<double> ours, Func<double> theirs, double target)
    {
        var a = new List<double>();
        var b = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            a.Add(ours());
            b.Add(theirs());
        }

        var (ma, mb) = (Median(a), Median(b));
        var verdict = double.IsNaN(target) ? "—" : ma / mb <= target ? $"≤ {target:0.0}× met" : $"≤ {target:0.0}× NOT met";
        Console.WriteLine(FormattableString.Invariant($"{name} | {ma:0} | {mb:0} | {ma / mb:0.00}× | {verdict}"));
    }

    private static double Wall(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        output.Wait();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)}: exit {process.ExitCode}: {error.Result}");
        }

        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
