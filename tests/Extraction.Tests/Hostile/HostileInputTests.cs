using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Extraction.Output.Files;
using Extraction.Tests.Cli;
using Extraction.Tests.Output;

namespace Extraction.Tests.Hostile;

/// <summary>The batch around the readers against what real shared folders hold, through the real CLI: every
/// hostile input is built here, every run ends with exit 0 or 1 and every input gets a status and a reason.</summary>
public sealed class HostileInputTests
{
    // A report title: the not-a-report classifier would skip a page without one.
    private static string Html(string body) => $"<html><head><meta charset=\"utf-8\"></head><body><h1>部门整体支出绩效自评报告</h1>{body}</body></html>";

    private static (int Code, string Stderr) Check(params string[] args)
    {
        var (code, _, stderr) = ExtractProcess.Run(["check", .. args, "--no-evidence-images"]);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal); // never a stack trace
        return (code, stderr);
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_in_text_and_names_do_not_stop_the_workbook()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.html"), Html("<h1>报告\uFFFF标题</h1><p>得分\uFFFE 96.5 分 \u0001</p>"), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(input, "名\uFFFF称\uFFFE.txt"), "正文 \uFFFF 一行", new UTF8Encoding(false));
        // A lone surrogate cannot be written as UTF-8; in text it arrives as CESU-style bytes, decoded to U+FFFD or kept.
        File.WriteAllBytes(Path.Combine(input, "surrogate.txt"), [.. "文本 "u8, 0xED, 0xA0, 0x80, .. " 结束"u8]);
        var output = folder.File("out");

        var (code, stderr) = Check(input, "--out", output);
        Assert.True(code is 0 or 1, stderr);
        var rows = BatchOutputsAgree.Check(output);
        Assert.Equal(3, rows.Count);
        Assert.True(File.Exists(Path.Combine(output, "extraction.xlsx")));

        // The rerun reuses the stored results and still writes the workbook.
        Assert.True(Check(input, "--out", output).Code is 0 or 1);
        Assert.Equal(3, BatchOutputsAgree.Check(output).Count);
    }

    [Theory]
    [InlineData(70)] // 210 bytes + ".html": the temporary name used to pass 255 bytes
    [InlineData(83)] // 249 bytes + ".html" = 254: the result's own name ("….html.json") is over 255 and is cut
    public void Long_file_names_get_results_within_the_file_system_limit(int characters)
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        var name = new string('报', characters) + ".html";
        File.WriteAllText(Path.Combine(input, name), Html("<p>正文</p>"));
        File.WriteAllText(Path.Combine(input, new string('报', characters - 1) + "告.html"), Html("<p>另一份</p>"));
        var output = folder.File("out");

        var (code, stderr) = Check(input, "--out", output);
        Assert.True(code == 0, stderr);
        var rows = BatchOutputsAgree.Check(output);
        Assert.Equal(2, rows.Count);
        Assert.All(Directory.GetFiles(output), f => Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(f)) <= 255));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_failed_at_once_without_being_hashed()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        // Sparse: 1 GiB + 1 byte of holes takes no disk, but hashing it would read it all (20 GB took the whole --timeout).
        using (var sparse = File.Create(Path.Combine(input, "huge.pdf")))
        {
            sparse.SetLength(1024L * 1024 * 1024 + 1);
        }

        File.WriteAllText(Path.Combine(input, "a.html"), Html("<p>甲</p>"));
        var output = folder.File("out");

        var (code, stderr) = Check(input, "--out", output, "--timeout", "600");
        Assert.True(code == 1, stderr);
        var rows = BatchOutputsAgree.Check(output);
        var huge = Assert.Single(rows, r => r.File == "huge.pdf");
        Assert.Equal("failed", huge.Status);
        Assert.Contains("1,073,741,824", huge.Reason, StringComparison.Ordinal); // the limit, named
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "huge.pdf.json")));
        Assert.Equal(string.Empty, json.RootElement.GetProperty("source").GetProperty("sha256").GetString()); // never read
        Assert.Equal("ok", Assert.Single(rows, r => r.File == "a.html").Status);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_skipped_with_that_reason()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        // "报告.html" in GBK, as a name copied from a Windows share: .NET cannot name such a file, so bash makes it.
        using (var touch = Process.Start("bash", ["-c", "touch \"$1\"/$'\\xb1\\xa8\\xb8\\xe6.html'", "touch", input])!)
        {
            touch.WaitForExit();
        }

        Assert.Single(Directory.GetFiles(input));
        File.WriteAllText(Path.Combine(input, "a.html"), Html("<p>甲</p>"));
        var output = folder.File("out");

        var (code, stderr) = Check(input, "--out", output);
        Assert.True(code == 0, stderr);
        var rows = BatchOutputsAgree.Check(output);
        var odd = Assert.Single(rows, r => r.File != "a.html");
        Assert.Equal("skipped", odd.Status);
        Assert.Contains("UTF-8", odd.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_file_under_several_spellings_and_links_is_read_once()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("dir")).FullName;
        File.WriteAllText(Path.Combine(input, "a.html"), Html("<p>甲</p>"));
        File.CreateSymbolicLink(Path.Combine(input, "alias.html"), "a.html");
        var output = folder.File("out");

        var (code, stderr) = Check(input, Path.Combine(input, ".", "a.html"), input + "/../dir", Path.Combine(input, "alias.html"), "--out", output);
        Assert.True(code == 0, stderr);
        var rows = BatchOutputsAgree.Check(output);
        Assert.Equal("a.html", Assert.Single(rows).File);
        Assert.Contains("</html>", File.ReadAllText(Path.Combine(output, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_devices_broken_links_and_link_loops_are_skipped_at_once()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        var sub = Directory.CreateDirectory(Path.Combine(input, "sub")).FullName;
        File.WriteAllText(Path.Combine(sub, "a.html"), Html("<p>甲</p>"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), ".."); // loop 1
        Directory.CreateSymbolicLink(Path.Combine(sub, "self"), "."); // loop 2
        Directory.CreateSymbolicLink(Path.Combine(input, "again"), "sub");
        File.CreateSymbolicLink(Path.Combine(input, "zero.pdf"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(input, "nowhere.pdf"), "missing.pdf");
        File.CreateSymbolicLink(Path.Combine(input, "loop.pdf"), "loop.pdf");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(input, "pipe.pdf")))
        {
            mkfifo.WaitForExit();
        }

        var output = folder.File("out");
        var clock = Stopwatch.StartNew();
        var (code, stderr) = Check(input, "--out", output, "--timeout", "5");
        Assert.True(code == 0, stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the batch waited on a pipe or a device");
        var rows = BatchOutputsAgree.Check(output);
        Assert.Equal("ok", Assert.Single(rows, r => r.File == "a.html").Status);
        foreach (var name in new[] { "zero.pdf", "nowhere.pdf", "loop.pdf", "pipe.pdf" })
        {
            Assert.Equal("skipped", Assert.Single(rows, r => r.File == name).Status);
        }

        Assert.Equal(5, rows.Count);
    }

    [Fact]
    public void The_output_folder_and_earlier_reports_in_the_input_are_skipped()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.html"), Html("<p>甲</p>"));
        var output = Path.Combine(input, "out");
        Assert.Equal(0, Check(input, "--out", output).Code);
        Assert.Equal(0, Check(input, "--out", Path.Combine(input, "out2")).Code); // the first output is now just a folder in the input

        var rows = BatchOutputsAgree.Check(Path.Combine(input, "out2"));
        Assert.Equal("ok", Assert.Single(rows, r => r.File == "a.html").Status);
        Assert.All(rows.Where(r => r.File == "report.html"), r => Assert.Equal("skipped", r.Status));
        Assert.Contains(rows, r => r.File == "report.html");
    }

    [Fact]
    public void A_reused_result_keeps_its_own_name_and_format()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.txt"), "正文一段。\n\n第二段。\n");
        var output = folder.File("out");
        Assert.Equal(0, Check(Path.Combine(input, "a.txt"), "--out", output).Code);
        Assert.Equal("text", JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "a.txt.json"))).RootElement.GetProperty("source").GetProperty("format").GetString());
        File.Move(Path.Combine(input, "a.txt"), Path.Combine(input, "b.md"));

        Check(Path.Combine(input, "b.md"), "--out", output);
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "b.md.json"))).RootElement;
        Assert.Equal("b.md", Path.GetFileName(json.GetProperty("source").GetProperty("path").GetString()));
        Assert.Equal("markdown", json.GetProperty("source").GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("file")]
    [InlineData("empty")]
    [InlineData("proc")]
    [InlineData("locked")]
    public void An_unusable_output_folder_is_one_line_and_exit_3(string kind)
    {
        using var folder = new TempFolder();
        var input = folder.File("a.html");
        File.WriteAllText(input, Html("<p>甲</p>"));
        var output = kind switch
        {
            "file" => input,
            "empty" => string.Empty,
            "proc" => "/proc/extraction-cannot-create-here",
            _ => folder.File("out"),
        };
        using var held = kind == "locked" ? OutputFolder.Open(output) : null;

        var (code, stderr) = Check(input, "--out", output);
        Assert.Equal(3, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        if (kind == "locked")
        {
            Assert.Contains("locked by another run", stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(output, "documents.csv")));
        }
    }

    [Fact]
    public void The_folder_lock_holds_during_a_run_and_leaves_only_results_behind()
    {
        using var folder = new TempFolder();
        var output = folder.File("out");
        using (OutputFolder.Open(output))
        {
            Assert.True(File.Exists(Path.Combine(output, OutputFolder.LockName)));
            Assert.Throws<OutputFolderException>(() => OutputFolder.Open(output).Dispose());
        }

        // Released and removed: the folder holds results only, and the next run takes it at once.
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
        OutputFolder.Open(output).Dispose();

        var input = folder.File("a.html");
        File.WriteAllText(input, Html("<p>甲</p>"));
        var (code, stderr) = Check(input, "--out", output);
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain(Directory.EnumerateFiles(output), f => Path.GetFileName(f).StartsWith(".extract", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("check", "--frobnicate", "x.html")]
    [InlineData("check", "x.html", "--out", "o", "--jobs=2", "--nope=3")]
    [InlineData("text", "--layout", "x.pdf")]
    public void Unknown_options_are_rejected_not_taken_as_paths(params string[] args)
    {
        var (code, _, stderr) = ExtractProcess.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("unknown option", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_says_cancelled()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        for (var i = 0; i < 400; i++)
        {
            File.WriteAllText(Path.Combine(input, $"d{i:D3}.html"), Html($"<p>第{i}份</p><table><tr><td>指标</td><td>分值</td></tr><tr><td>甲</td><td>{i}</td></tr></table>"));
        }

        // SIGINT as a terminal's Ctrl-C delivers it. A process started in the background by a non-interactive
        // shell (a CI script, `cmd &`) inherits SIGINT *ignored*, and the runtime rightly keeps it ignored (as
        // nohup intends), so the run would finish and exit 0: env resets it to the default first.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["--default-signal=INT", "dotnet", ExtractProcess.Dll, "check", input, "--out", folder.File("out"), "--jobs", "1", "--no-evidence-images"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        // Signal once the run is under way (a document finished), not after a fixed delay: a loaded machine may
        // still be starting.
        var seen = new StringBuilder();
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            seen.AppendLine(line);
            if (line.StartsWith('['))
            {
                break;
            }
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains(Extraction.Messages.MessageCatalog.Default.Text("cli.cancelled", Extraction.Messages.Language.Zh), seen + await stderr, StringComparison.Ordinal);
    }
}
