using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Workspace;
using Extraction.Messages;

namespace Extraction.Cli;

/// <summary>`extract serve [--port N] [--out DIR] [--store PG]`: the review workspace in the browser.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (default 8350).", DefaultValueFactory = _ => 8350 };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder: uploads (stored under their SHA-256), the batch outputs of `check`, and extraction.db with the reviewers' decisions. Created if missing.",
            DefaultValueFactory = _ => "output",
        };
        var store = new Option<string?>("--store") { Description = "PostgreSQL connection string: keep documents and decisions there instead of extraction.db (default: $EXTRACTION_STORE when set)." };
        var host = new Option<string>("--host") { Description = "Address to listen on (default 127.0.0.1, this machine only). Any other address needs --token.", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--token") { Description = "Access token reviewers sign in with (default: $EXTRACTION_TOKEN). Required beyond loopback." };
        var lang = new Option<string>("--lang") { Description = "Language of the workspace: zh (default) or en.", DefaultValueFactory = _ => "zh" };
        lang.AcceptOnlyFromAmong("zh", "en");
        var idle = new Option<int>("--session-idle") { Description = "Minutes a reviewer's session may stay unused before they must sign in again (default 120).", DefaultValueFactory = _ => 120 };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed at once (default: the number of CPU cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("serve", "Open a review workspace in the browser: upload reports, follow their processing, see findings with their evidence, record decisions (确认 / 驳回 / 待核实) and export 审核意见 (Word) and the decisions (Excel). Listens on 127.0.0.1 unless --host is given.")
        {
            port, output, store, host, token, lang, jobs, idle,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(port) is < 0 or > 65_535 || parse.GetValue(jobs) is < 1 or > 256 || parse.GetValue(idle) is < 1 or > 10_080)
            {
                Console.Error.WriteLine("--port must be 0..65535, --jobs 1..256 and --session-idle 1..10080 minutes. See ./extract serve --help.");
                return ExitCodes.BadCommandLine;
            }

            var options = new WorkspaceOptions(parse.GetValue(output) ?? "output")
            {
                Port = parse.GetValue(port),
                Host = parse.GetValue(host) ?? "127.0.0.1",
                Token = NullIfEmpty(parse.GetValue(token)) ?? NullIfEmpty(Environment.GetEnvironmentVariable("EXTRACTION_TOKEN")),
                Store = NullIfEmpty(parse.GetValue(store)) ?? NullIfEmpty(Environment.GetEnvironmentVariable("EXTRACTION_STORE")),
                Language = parse.GetValue(lang) ?? "zh",
                SessionIdle = TimeSpan.FromMinutes(parse.GetValue(idle)),
            };
            if (WorkspaceServer.Validate(options) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.BadCommandLine;
            }

            WorkspaceServer server;
            try
            {
                server = await StartAsync(options, parse.GetValue(jobs), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Data.Common.DbException or InvalidOperationException)
            {
                // The output folder, the store or the port cannot be used (CONTRACT.md exit 3).
                Console.Error.WriteLine($"serve: cannot start on {options.Host}:{options.Port} with --out {options.OutputDirectory}{(options.Store is null ? string.Empty : " and the PostgreSQL store")}: {ex.Message}");
                return ExitCodes.OutputUnusable;
            }

            await using var running = server;
            Console.Error.WriteLine($"workspace: {server.Address} (Ctrl+C stops it); results in {Path.GetFullPath(options.OutputDirectory)}");
            await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Starts the workspace with the CLI's pipeline and evidence renderer (tests start it this way too).</summary>
    public static Task<WorkspaceServer> StartAsync(WorkspaceOptions options, int jobs = 0, CancellationToken cancellationToken = default)
    {
        // The batch outputs in --out (report.html, workbook, messages) are written in the workspace's language.
        var language = Languages.TryParse(options.Language, out var parsed) ? parsed : Language.Zh;
        var processor = new BatchProcessor(options.OutputDirectory, jobs > 0 ? jobs : Environment.ProcessorCount, new Output.OutputLanguage(language), options.Store);
        return WorkspaceServer.StartAsync(options with { Extensions = InputFiles.Extensions }, processor, Composition.EvidenceRenderer(), cancellationToken);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
