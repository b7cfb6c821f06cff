using System.CommandLine;
using System.Globalization;

namespace Extraction.Cli.Distributed;

/// <summary>`extract status --store PG`: documents queued, running, done and failed, from any machine.</summary>
internal static class StatusCommand
{
    private static readonly string[] States = ["queued", "running", "done", "failed"];

    public static Command Create()
    {
        var store = SharedOptions.Store();
        var command = new Command("status", "Show the shared store's documents by state (queued, running, done, failed) and lane (text, scan), and what is running where.") { store };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (SharedOptions.Missing(parse.GetValue(store)!, broker: null) is { } missingOption)
            {
                await Console.Error.WriteLineAsync(missingOption).ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            await using var pg = await Connect.StoreAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            if (pg is null)
            {
                return SharedOptions.Unusable;
            }

            var status = await pg.StatusAsync(cancellationToken).ConfigureAwait(false);
            var output = Console.Out;
            var invariant = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(invariant, $"store schema v{status.SchemaVersion}: {status.Submissions} submitted paths, {status.Sources} documents ({status.SourceBytes / 1048576.0:0.0} MB)"));
            foreach (var state in States)
            {
                var lanes = string.Join(", ", status.Counts.Where(c => c.State == state).Select(c => string.Create(invariant, $"{c.Lane} {c.Documents}")));
                output.WriteLine(string.Create(invariant, $"{state,-8} {status.Count(state),6}{(lanes.Length > 0 ? $"  ({lanes})" : string.Empty)}"));
            }

            foreach (var running in status.Running)
            {
                output.WriteLine(string.Create(invariant, $"  running {running.File} on {running.Worker ?? "?"} since {running.StartedUtc:HH:mm:ss}Z (start {running.Attempts})"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
