using System.CommandLine;
using Extraction.Cli.Batch;
using Extraction.Distributed.Work;

namespace Extraction.Cli.Distributed;

/// <summary>`extract worker --broker URL --store PG [--jobs N]`: processes queued documents until stopped.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var store = SharedOptions.Store();
        var broker = SharedOptions.Broker();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed at once, and the most the broker hands this worker per queue (default: CPU cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var timeout = new Option<int>("--timeout") { Description = "Per-document time limit in seconds, as for check.", DefaultValueFactory = _ => 300 };
        var drain = new Option<bool>("--drain") { Description = "Exit once the queues are empty and nothing is in hand (default: wait for more)." };
        var command = new Command("worker", "Take documents from RabbitMQ, process them as check does, and commit each result to PostgreSQL before acknowledging it. Run any number, on any machines. Exit code 0: stopped or drained; 1: lost the broker or store (unfinished documents go back to the queue); 3: cannot connect.")
        {
            store, broker, jobs, timeout, drain,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (SharedOptions.Missing(parse.GetValue(store)!, parse.GetValue(broker)!) is { } missingOption)
            {
                await Console.Error.WriteLineAsync(missingOption).ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            if (parse.GetValue(jobs) is < 1 or > 256 || parse.GetValue(timeout) is < 1 or > 86_400)
            {
                await Console.Error.WriteLineAsync("--jobs must be 1..256 and --timeout 1..86400 seconds. See ./extract worker --help.").ConfigureAwait(false);
                return ExitCodes.BadCommandLine;
            }

            await using var pg = await Connect.StoreAsync(parse.GetValue(store)!, cancellationToken).ConfigureAwait(false);
            await using var connection = pg is null ? null : await Connect.BrokerAsync(parse.GetValue(broker)!, "worker", cancellationToken).ConfigureAwait(false);
            if (pg is null || connection is null)
            {
                return SharedOptions.Unusable;
            }

            var batch = new BatchOptions(Path.GetTempPath()) { Jobs = parse.GetValue(jobs), Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
            var temp = Path.Combine(Path.GetTempPath(), $"extract-worker-{Environment.ProcessId}");
            try
            {
                using var worker = new Worker(pg, connection, new PipelineProcessor(batch), new WorkerOptions(batch.Jobs, temp) { Drain = parse.GetValue(drain) }, Console.Error);
                return await worker.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (Directory.Exists(temp))
                {
                    Directory.Delete(temp, true);
                }
            }
        });
        return command;
    }
}
