using System.Text.Json;
using Extraction.Cli.Batch;
using Extraction.Tests.Output;

namespace Extraction.Tests.Cli;

public sealed class BatchRunnerTests
{
    private sealed class Recorder : IBatchProgress
    {
        public List<(string File, DocumentOutcome Outcome)> Done { get; } = [];

        public void Started(string file)
        {
        }

        public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
        {
            lock (Done)
            {
                Done.Add((file, outcome));
            }
        }

        public void Writing(string what)
        {
        }
    }

    private static Task<BatchSummary> Run(TempFolder folder, IReadOnlyList<string> inputs, Recorder progress, bool force = false, int timeoutSeconds = 30) =>
        new BatchRunner(
                new BatchOptions(folder.File("out")) { Jobs = 2, Timeout = TimeSpan.FromSeconds(timeoutSeconds), Force = force, ToolKey = "test", EvidenceImages = false },
                FakeStages.Pipeline,
                renderer: null)
            .RunAsync(inputs, progress, CancellationToken.None);

    private static string[] Inputs(TempFolder folder, params (string Name, string Text)[] files)
    {
        Directory.CreateDirectory(folder.File("in"));
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder.File("in"), name), text);
        }

        return files.Select(f => Path.Combine(folder.File("in"), f.Name)).ToArray();
    }

    [Fact]
    public async Task A_document_over_the_time_limit_gets_a_problem_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        var inputs = Inputs(folder, ("a.txt", "正文"), ("slow.txt", "HANG"), ("b.md", "# 标题"));
        var progress = new Recorder();
        var started = DateTime.UtcNow;
        var summary = await Run(folder, inputs, progress, timeoutSeconds: 1);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15), "the batch waited for the hanging document");
        Assert.Equal(DocumentOutcome.TimedOut, summary.Outcomes[inputs[1]]);
        Assert.Equal(1, summary.Failed);
        var json = JsonDocument.Parse(File.ReadAllText(folder.File("out/slow.txt.json"))).RootElement;
        Assert.Equal("slow.txt：处理超时（1秒）", json.GetProperty("problems")[0].GetProperty("message").GetString());
        Assert.Equal("problem.timed_out", json.GetProperty("problems")[0].GetProperty("message_ref").GetProperty("id").GetString());
        Assert.True(File.Exists(folder.File("out/a.txt.json")));
        Assert.True(File.Exists(folder.File("out/report.html")));

        // The same limit would time out again: the rerun reuses the time-out; a longer limit retries.
        var again = await Run(folder, inputs, new Recorder(), timeoutSeconds: 1);
        Assert.Equal(DocumentOutcome.Reused, again.Outcomes[inputs[1]]);
        Assert.Equal(1, again.Failed);
        var longer = await Run(folder, [inputs[1]], new Recorder(), timeoutSeconds: 2);
        Assert.Equal(DocumentOutcome.TimedOut, longer.Outcomes[inputs[1]]);
    }

    [Fact]
    public async Task A_rerun_reuses_unchanged_files_and_force_reprocesses()
    {
        using var folder = new TempFolder();
        var inputs = Inputs(folder, ("a.txt", "一"), ("b.txt", "二"), ("empty.txt", string.Empty));
        var first = await Run(folder, inputs, new Recorder());
        Assert.Equal(0, first.Reused);
        Assert.Equal(1, first.Failed); // the empty file

        File.WriteAllText(inputs[1], "二（修订）");
        var second = await Run(folder, inputs, new Recorder());
        Assert.Equal(DocumentOutcome.Reused, second.Outcomes[inputs[0]]);
        Assert.Equal(DocumentOutcome.Processed, second.Outcomes[inputs[1]]);
        Assert.Equal(DocumentOutcome.Reused, second.Outcomes[inputs[2]]);
        Assert.Equal("二（修订）", second.Entries[1].Report.Document.Title);

        var forced = await Run(folder, inputs, new Recorder(), force: true);
        Assert.Equal(0, forced.Reused);
        Assert.Equal(2, forced.Outcomes.Values.Count(o => o == DocumentOutcome.Processed));
    }

    [Fact]
    public async Task Same_file_name_in_two_folders_keeps_both_results()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("x"));
        Directory.CreateDirectory(folder.File("y"));
        File.WriteAllText(folder.File("x/r.txt"), "甲");
        File.WriteAllText(folder.File("y/r.txt"), "乙");
        await Run(folder, [folder.File("x/r.txt"), folder.File("y/r.txt")], new Recorder());
        var titles = Directory.GetFiles(folder.File("out"), "r.txt*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("document").GetProperty("title").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["乙", "甲"], titles);
    }
}
