using System.CommandLine;
using System.Globalization;
using Extraction.Cli.Batch;
using Extraction.Messages;
using Extraction.Output.Files;
using Extraction.Output.Reports;

namespace Extraction.Cli;

/// <summary>`extract check PATH... [--out DIR]`: the main job.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files or folders; folders are searched recursively for .pdf .docx .html .htm .md .txt and images (.png .jpg .jpeg .tif .tiff).",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder: one <file>.json per document, documents/indicators/figures/findings/problems/pairs .csv, extraction.xlsx, extraction.db, report.html. Created if missing.",
            DefaultValueFactory = _ => "output",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed at once (default: the number of CPU cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Per-document time limit in seconds; a document over it is recorded with the problem \"timed out after N s\" and the batch goes on.",
            DefaultValueFactory = _ => 300,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Reprocess every document, even those whose stored result (same file SHA-256 and same tool version) would be reused.",
        };
        var noImages = new Option<bool>("--no-evidence-images")
        {
            Description = "Do not render PDF page crops into report.html (quotes only); faster on large batches.",
        };
        var ocr = OcrOption.Create();
        var lang = new Option<string>("--lang")
        {
            Description = "Language of finding and problem messages, report.html and the workbook: zh (Simplified Chinese, default) or en. JSON keys, check names and CSV column names never change.",
            DefaultValueFactory = _ => "zh",
        };
        var csvHeaders = new Option<string>("--csv-headers")
        {
            Description = "Header row of the CSV files: names (the stable English column names, default), zh (Chinese labels) or en (English labels).",
            DefaultValueFactory = _ => "names",
        };
        var command = new Command("check", "Extract score tables and figures, re-score every indicator, flag inconsistencies, and write the results to the output folder. Exit code 0: every document processed; 1: at least one could not be (recorded in its JSON and in problems.csv); 2: bad command line.")
        {
            paths, output, jobs, timeout, force, noImages, ocr, lang, csvHeaders,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            if (parse.GetValue(jobs) is < 1 or > 256 || parse.GetValue(timeout) is < 1 or > 86_400)
            {
                Console.Error.WriteLine("--jobs must be 1..256 and --timeout 1..86400 seconds. See ./extract check --help.");
                return Task.FromResult(ExitCodes.BadCommandLine);
            }

            if (!Languages.TryParse(parse.GetValue(lang), out var language))
            {
                Console.Error.WriteLine($"--lang: expected {Languages.Names}, found \"{parse.GetValue(lang)}\". See ./extract check --help.");
                return Task.FromResult(ExitCodes.BadCommandLine);
            }

            Language? headerLanguage = null;
            if (parse.GetValue(csvHeaders) is { } h && h != "names")
            {
                if (!Languages.TryParse(h, out var parsed))
                {
                    Console.Error.WriteLine($"--csv-headers: expected names|{Languages.Names}, found \"{h}\". See ./extract check --help.");
                    return Task.FromResult(ExitCodes.BadCommandLine);
                }

                headerLanguage = parsed;
            }

            var options = new BatchOptions(parse.GetValue(output) ?? "output")
            {
                Jobs = parse.GetValue(jobs),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Force = parse.GetValue(force),
                EvidenceImages = !parse.GetValue(noImages),
                Language = new Output.OutputLanguage(language, headerLanguage),
                Isolated = true,
            };
            return RunAsync(parse.GetValue(paths) ?? [], options, cancellationToken, parse.GetValue(ocr));
        });
        return command;
    }

    internal static async Task<int> RunAsync(string[] paths, BatchOptions options, CancellationToken cancellationToken, Ocr.OcrEngine ocr = Ocr.OcrEngine.Paddle)
    {
        var language = options.Language.Text;
        if (ChildProcessPool.IsChild)
        {
            // A reader child of a batch (same command line): documents come on stdin, reports go to stdout.
            using var stdout = Console.OpenStandardOutput();
            Console.SetOut(Console.Error);
            return await NewRunner(options, ocr).ServeChildAsync(Console.OpenStandardInput(), stdout).ConfigureAwait(false);
        }

        var found = InputFiles.Discover(paths, options.OutputDirectory);
        foreach (var m in found.Missing)
        {
            Console.Error.WriteLine(m.Length == 0 ? MessageCatalog.Default.Text("cli.empty_path", language) : Msg.Of("cli.missing", ("path", m)).Render(language));
        }

        if (found.Files.Count == 0 && found.Skipped.Count == 0)
        {
            Console.Error.WriteLine(MessageCatalog.Default.Text("cli.no_documents", language));
            return ExitCodes.BadCommandLine;
        }

        var total = found.Files.Count + found.Skipped.Count;
        try
        {
            // Held for the whole run: a second run on the same folder refuses instead of interleaving its outputs.
            using var folder = OutputFolder.Open(options.OutputDirectory);
            var runner = NewRunner(options, ocr);
            var summary = Console.IsErrorRedirected
                ? await runner.RunAsync(found.Files, found.Skipped, new PlainProgress(Console.Error, total, language), cancellationToken).ConfigureAwait(false)
                : await LiveProgress.RunAsync(total, p => runner.RunAsync(found.Files, found.Skipped, p, cancellationToken), language).ConfigureAwait(false);
            PrintSummary(summary, options.OutputDirectory, language);
            return summary.Failed > 0 || summary.Partial > 0 || found.Missing.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        }
        catch (OutputFolderException ex)
        {
            Console.Error.WriteLine($"extract: {ex.Message}");
            return ExitCodes.OutputUnusable;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine(MessageCatalog.Default.Text("cli.cancelled", language));
            return ExitCodes.SomeFailed;
        }
    }

    private static BatchRunner NewRunner(BatchOptions options, Ocr.OcrEngine ocr) =>
        new(options, () => Composition.Pipeline(options.Reader, ocr), Composition.EvidenceRenderer());

    // The summary speaks the run's language (catalog cli.*); the problem text is already rendered in it.
    private static void PrintSummary(BatchSummary summary, string outputDirectory, Language language)
    {
        var error = Console.Error;
        foreach (var entry in summary.Entries.Where(e => e.Report.Status is ReportStatus.Failed or ReportStatus.Partial))
        {
            var id = entry.Report.Status == ReportStatus.Failed ? "cli.failed" : "cli.partial";
            error.WriteLine(Msg.Of(id, ("path", entry.Report.Source.Path), ("problem", entry.Report.StatusReason)).Render(language));
        }

        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        error.WriteLine(Msg.Of("cli.summary",
            ("processed", N(summary.Entries.Count - summary.Skipped)), ("reused", N(summary.Reused)), ("failed", N(summary.Failed)),
            ("errors", N(summary.Count("error"))), ("warnings", N(summary.Count("warning"))), ("infos", N(summary.Count("info"))),
            ("seconds", summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture))).Render(language));
        if (summary.Partial > 0 || summary.Skipped > 0)
        {
            error.WriteLine(Msg.Of("cli.partial_skipped", ("partial", N(summary.Partial)), ("skipped", N(summary.Skipped))).Render(language));
        }

        error.WriteLine(Msg.Of("cli.results", ("folder", Path.GetFullPath(outputDirectory)), ("files", "report.html, *.csv, extraction.xlsx, extraction.db")).Render(language));
    }
}
