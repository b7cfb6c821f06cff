using System.Diagnostics;
using Extraction.Tests.Cli;
using Extraction.Tests.Output;

namespace Extraction.Tests.Hostile;

/// <summary>--timeout stops the work itself: documents run in child processes, and the child of a document over
/// its limit is killed (with its tools) and replaced, so no abandoned parse keeps using the CPU.</summary>
public sealed class TimeoutStopsWorkTests
{
    [Fact]
    public async Task A_document_over_its_limit_has_its_reader_process_killed_and_replaced()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllBytes(Path.Combine(input, "a-slow.pdf"), HostileFolderSuiteTests.ManyPages(3000));
        File.WriteAllText(Path.Combine(input, "b.html"), "<html><head><meta charset=\"utf-8\"></head><body><h1>部门整体支出绩效自评报告</h1><p>正文</p></body></html>");
        var output = folder.File("out");

        using var process = ExtractProcess.Start("check", input, "--out", output, "--jobs", "1", "--timeout", "5", "--no-evidence-images");
        var stderr = process.StandardError.ReadToEndAsync();
        var seen = new HashSet<int>();
        var mostAlive = 0;
        while (!process.WaitForExit(20))
        {
            var children = Children(process.Id, output);
            seen.UnionWith(children);
            mostAlive = Math.Max(mostAlive, children.Count);
        }

        var errors = await stderr;
        Assert.True(process.ExitCode == 1, errors);
        Assert.Contains("超时 a-slow.pdf", errors, StringComparison.Ordinal); // the progress line (catalog term.outcome_timeout)
        Assert.True(seen.Count >= 2, $"expected the timed-out reader to be replaced, saw {seen.Count} reader process(es)");
        Assert.Equal(1, mostAlive); // the killed reader was gone before its replacement ran: nothing left burning CPU
        var rows = BatchOutputsAgree.Check(output);
        // 5 s, not 1: a small page must finish inside the limit on a machine loaded by other work (a-slow's 120 million
        // text operators take minutes, so it still times out).
        var small = Assert.Single(rows, r => r.File == "b.html");
        Assert.True(small.Status == "ok", $"b.html: expected ok, found {small.Status}: {small.Reason}");
        Assert.Contains("超时", Assert.Single(rows, r => r.File == "a-slow.pdf").Reason, StringComparison.Ordinal);
    }

    /// <summary>Reader children of <paramref name="parent"/>: processes whose parent it is and whose command line names the same output folder.</summary>
    private static List<int> Children(int parent, string output)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var ppid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                if (ppid == parent && File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(output, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
            }
        }

        return found;
    }
}
