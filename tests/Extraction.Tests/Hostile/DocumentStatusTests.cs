using System.Text.Json;
using Extraction.Cli.Batch;
using Extraction.Output.Reports;
using Extraction.Tests.Cli;
using Extraction.Tests.Output;

namespace Extraction.Tests.Hostile;

/// <summary>documents.csv status: failed › partial › skipped › ok, each with its reason.</summary>
public sealed class DocumentStatusTests
{
    private static Report Read(int pages, params ReportProblem[] problems) =>
        new(new ReportSource("/x/a.pdf", "00", "pdf", pages), new ReportDocument("other", null, null, null, null, null), [], [], [], problems);

    [Fact]
    public void A_problem_that_lost_pages_makes_the_document_partial_never_ok()
    {
        Assert.Equal("ok", Read(3).Status);
        Assert.Equal("ok", Read(3, new ReportProblem("html", "charset guessed")).Status);
        var partial = Read(3, new ReportProblem("pdf", "1 of 3 page(s) could not be read: pages 2") { Partial = true });
        Assert.Equal("partial", partial.Status);
        Assert.Contains("pages 2", partial.StatusReason, StringComparison.Ordinal);
        Assert.Equal("failed", Read(0, new ReportProblem("read", "empty")).Status);
        Assert.Equal("skipped", (Read(0) with { SkipReason = "a named pipe" }).Status);
        Assert.Equal("skipped", (Read(3, new ReportProblem("html", "charset guessed")) with { SkipReason = "not a report" }).Status);
        // Judged "not a report" on the pages that could be read: the unread pages still show.
        Assert.Equal("partial", (partial with { SkipReason = "not a report" }).Status);

        // Status is written to the JSON and recomputed on reading.
        var json = JsonDocument.Parse(ReportJson.Serialize(partial)).RootElement;
        Assert.Equal("partial", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("problems")[0].GetProperty("partial").GetBoolean());
        Assert.Equal("partial", ReportJson.Deserialize(ReportJson.Serialize(partial)).Status);
    }

    [Fact]
    public async Task A_document_the_classifier_calls_not_a_report_is_skipped_and_not_analysed()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("in"));
        File.WriteAllText(folder.File("in/readme.txt"), "NOTREPORT 安装说明");
        File.WriteAllText(folder.File("in/a.txt"), "正文");
        var summary = await new BatchRunner(
                new BatchOptions(folder.File("out")) { Jobs = 1, ToolKey = "test", EvidenceImages = false },
                FakeStages.Pipeline,
                renderer: null)
            .RunAsync([folder.File("in/readme.txt"), folder.File("in/a.txt")], new NullProgress(), CancellationToken.None);

        Assert.Equal(1, summary.Skipped);
        Assert.Equal(DocumentOutcome.Skipped, summary.Outcomes[folder.File("in/readme.txt")]);
        var rows = BatchOutputsAgree.Check(folder.File("out"));
        Assert.Equal(("skipped", "a README, not a report"), rows.Where(r => r.File == "readme.txt").Select(r => (r.Status, r.Reason)).Single());
        Assert.Equal("ok", rows.Single(r => r.File == "a.txt").Status);
    }

    [Fact]
    public void An_image_page_the_recogniser_gave_back_unread_makes_the_document_partial_on_any_engine()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("scan.txt"), "SCAN 2");
        var result = FakeStages.WithFailingRecognizer().Process(new Extraction.Reading.SourceFile(folder.File("scan.txt")), CancellationToken.None);
        var report = ReportMapper.From(result);

        Assert.Equal("partial", report.Status);
        Assert.Contains(report.Problems, p => p.Partial && p.Page == 3 && p.Message.Contains("rendered blank", StringComparison.Ordinal));
        // Page 2 came back unread without a reason: it still gets one, naming the page.
        Assert.Contains(report.Problems, p => p.Partial && p.Page == 2);
    }

    private sealed class NullProgress : IBatchProgress
    {
        public void Started(string file)
        {
        }

        public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
        {
        }

        public void Writing(string what)
        {
        }
    }
}
