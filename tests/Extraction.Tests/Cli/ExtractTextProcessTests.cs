using System.Diagnostics;
using Extraction.Tests.Output;

namespace Extraction.Tests.Cli;

/// <summary>extract-text as a process (`dotnet extract-text.dll`, built with the tests; ./extract publishes the same
/// code as Native AOT): the same text and exit codes as `extract text`, and other lines handed on unchanged.</summary>
public sealed class ExtractTextProcessTests
{
    [Fact]
    public void Prints_what_extract_text_prints()
    {
        string[] args = ["text", SampleResults.CorpusFile("seeds/seed000.pdf"), SampleResults.CorpusFile("seeds/seed001.html"), "no-such-file.pdf"];
        var full = ExtractProcess.Run(args);
        var fast = Run(null, args);
        Assert.Equal(1, full.ExitCode);
        Assert.Equal(full.ExitCode, fast.ExitCode);
        Assert.Contains("==> seed001.html <==", fast.Stdout, StringComparison.Ordinal);
        Assert.Equal(full.Stdout, fast.Stdout);
        Assert.Equal(full.Stderr, fast.Stderr);
    }

    [Fact]
    public void A_missing_file_alone_exits_2_as_extract_text_does()
    {
        Assert.Equal(2, ExtractProcess.Run("text", "no-such-file.pdf").ExitCode);
        Assert.Equal(2, Run(null, "text", "no-such-file.pdf").ExitCode);
    }

    [Fact]
    public void Other_lines_are_handed_to_the_full_cli_unchanged()
    {
        // /bin/echo stands in for the full CLI: what it prints is the argument list it was given.
        var (code, stdout, _) = Run("/bin/echo", "text", "--lang", "en", "a b.pdf");
        Assert.Equal(0, code);
        Assert.Equal("text --lang en a b.pdf\n", stdout);
    }

    [Fact]
    public void Without_the_full_cli_a_line_it_does_not_take_exits_2()
    {
        var (code, stdout, stderr) = Run(null, "text", "--help");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("EXTRACT_CLI", stderr, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string? fullCli, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extract-text.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("EXTRACT_CLI");
        if (fullCli is not null)
        {
            start.Environment["EXTRACT_CLI"] = fullCli;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"extract-text {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
