using System.CommandLine;
using Extraction.Messages;

namespace Extraction.Cli.Distributed;

/// <summary>`extract export --store PG [--out DIR]`: a local batch's outputs from the shared store.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = SharedOptions.Store();
        var output = new Option<string>("--out", "-o") { Description = "Output folder, as for check.", DefaultValueFactory = _ => "output" };
        var noImages = new Option<bool>("--no-evidence-images") { Description = "Do not render PDF page crops into report.html (quotes only)." };
        var lang = new Option<string>("--lang")
        {
            Description = "Language of messages, report.html and the workbook: zh (Simplified Chinese, default) or en. JSON keys, check names and CSV column names never change.",
            DefaultValueFactory = _ => "zh",
        };
        var command = new Command("export", "Write every submitted document's result from the shared store as check writes a batch: <file>.json, the CSVs, extraction.xlsx, extraction.db, report.html. Exit code 1 when some documents failed or have no result yet (they are named).")
        {
            store, output, noImages, lang,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (SharedOptions.Missing(parse.GetValue(store)!, broker: null) is { } missingOption)
            {
                await Console.Error.WriteLineAsync(missingOption).ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            if (!Languages.TryParse(parse.GetValue(lang), out var language))
            {
                await Console.Error.WriteLineAsync($"--lang: expected {Languages.Names}, found \"{parse.GetValue(lang)}\". See ./extract export --help.").ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            await using var pg = await Connect.StoreAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            if (pg is null)
            {
                return SharedOptions.Unusable;
            }

            var directory = parse.GetValue(output) ?? "output";
            var renderer = parse.GetValue(noImages) ? null : Composition.EvidenceRenderer();
            var summary = await new Extraction.Distributed.Export.Exporter(pg).ExportAsync(directory, renderer, new Output.OutputLanguage(language), cancellationToken).ConfigureAwait(false);
            foreach (var path in summary.Pending)
            {
                await Console.Error.WriteLineAsync(Msg.Of("cli.export_pending", ("path", path)).Render(language)).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync(Msg.Of("cli.exported", ("exported", N(summary.Exported)), ("failed", N(summary.Failed)), ("pending", N(summary.Pending.Count)), ("folder", Path.GetFullPath(directory))).Render(language)).ConfigureAwait(false);
            return summary.Failed > 0 || summary.Pending.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
