using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Distributed.Submit;

namespace Extraction.Cli.Distributed;

/// <summary>`extract submit PATH... --broker URL --store PG`: stores each document once and queues it.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders, as for check." };
        var store = SharedOptions.Store();
        var broker = SharedOptions.Broker();
        var timeout = new Option<int>("--timeout") { Description = "The workers' per-document time limit in seconds (a stored time-out under at least this limit counts as done).", DefaultValueFactory = _ => 300 };
        var command = new Command("submit", "Store each document once in PostgreSQL (by SHA-256) and queue it on RabbitMQ for `extract worker`. Documents whose result for this build is already stored are not queued again.")
        {
            paths, store, broker, timeout,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (SharedOptions.Missing(parse.GetValue(store)!, parse.GetValue(broker)!) is { } missingOption)
            {
                await Console.Error.WriteLineAsync(missingOption).ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            var inputs = InputFiles.Expand(parse.GetValue(paths) ?? [], out var missing);
            foreach (var m in missing)
            {
                await Console.Error.WriteLineAsync($"{m}: no such file or folder").ConfigureAwait(false);
            }

            if (inputs.Count == 0)
            {
                await Console.Error.WriteLineAsync("no documents to submit (expected files or folders holding .pdf .docx .html .htm .md .txt or images)").ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            await using var pg = await Connect.StoreAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            await using var connection = pg is null ? null : await Connect.BrokerAsync(parse.GetValue(broker)!, "submit", cancellationToken).ConfigureAwait(false);
            if (pg is null || connection is null)
            {
                return SharedOptions.Unusable;
            }

            var summary = await new Submitter(pg, connection, ToolKey.Value, parse.GetValue(timeout)).SubmitAsync(inputs, cancellationToken).ConfigureAwait(false);
            foreach (var problem in summary.Unreadable)
            {
                await Console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"submitted {summary.Submitted} ({summary.NewContent} new to the store), queued {summary.Queued}; the rest already have results").ConfigureAwait(false);
            return summary.Unreadable.Count > 0 || missing.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
