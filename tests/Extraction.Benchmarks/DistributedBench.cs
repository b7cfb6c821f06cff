using System.Diagnostics;
using System.Globalization;
using Npgsql;
using RabbitMQ.Client;

namespace Extraction.Benchmarks;

/// <summary>Throughput of the distributed batch (submit, then 1 or 2 worker processes on one machine) against a
/// local `check` with the same total parallelism, on text documents and on scanned ones; every run has a fresh
/// database, empty queues and an empty OCR cache. Servers: EXTRACTION_TEST_PG / EXTRACTION_TEST_AMQP, or private
/// ones started with .ci/servers.</summary>
internal sealed class DistributedBench : IBench
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Name => "distributed";

    public string Description => "submit + 1 and 2 worker processes vs local check, text and scanned documents, and text behind scans: distributed [text copies=2] [scans=4] [mixed]";

    public int Run(string[] args)
    {
        var copies = args.Length > 0 ? int.Parse(args[0], Invariant) : 2;
        var scans = args.Length > 1 ? int.Parse(args[1], Invariant) : 4;
        var work = Directory.CreateTempSubdirectory("distributed-bench-").FullName;
        string? serversDirectory = null;
        try
        {
            var (pg, amqp) = Servers(work, ref serversDirectory);
            var text = BenchDocuments.Text(Path.Combine(work, "text"), copies);
            var scanned = BenchDocuments.Scanned(Path.Combine(work, "scan"), scans);
            Console.WriteLine("set   docs pages  run                         wall s  docs/s  pages/min  submit s   cpu s  cpu s/page");
            var only = args.Length > 2 ? args[2] : null; // "mixed": the fairness run alone
            foreach (var (name, folder) in new[] { ("text", text), ("scan", scanned) }.Where(set => only != "mixed" && Directory.GetFiles(set.Item2).Length > 0))
            {
                var files = Directory.GetFiles(folder);
                var pages = files.Sum(BenchDocuments.Pages);
                foreach (var jobs in new[] { 1, 2 })
                {
                    var (wall, cpu) = Local(folder, work, jobs);
                    Report(name, files.Length, pages, $"local check --jobs {jobs}", wall, null, cpu);
                }

                foreach (var workers in new[] { 1, 2 })
                {
                    var (wall, submit, cpu) = Distributed(folder, files.Length, work, pg, amqp, workers);
                    Report(name, files.Length, pages, $"{workers} worker process{(workers > 1 ? "es" : string.Empty)} --jobs 1", wall, submit, cpu);
                }
            }

            if (scans > 0)
            {
                Mixed(scanned, text, work, pg, amqp);
            }

            return 0;
        }
        finally
        {
            if (serversDirectory is not null)
            {
                Tool("bash", [Script(), "stop", serversDirectory]);
            }

            Directory.Delete(work, true);
        }
    }

    // cpu: user + system seconds of the processes and the tools they ran (tesseract, pdftoppm): on a shared machine
    // the wall time measures the neighbours as much as the run; the CPU time much less so.
    private static void Report(string set, int docs, int pages, string run, double wall, double? submit, double cpu) =>
        Console.WriteLine(string.Create(Invariant, $"{set,-5} {docs,4} {pages,5}  {run,-26} {wall,7:0.0} {docs / wall,7:0.00} {pages * 60 / wall,10:0.0}  {(submit is { } s ? s.ToString("0.0", Invariant) : "-"),8} {cpu,7:0.0} {cpu / pages,10:0.00}"));

    private static (double Wall, double Cpu) Local(string folder, string work, int jobs)
    {
        var output = Path.Combine(work, "local-" + Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        // bash's `times` prints the CPU time of its finished children (dotnet and the tools dotnet waited for).
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "dotnet \"$@\" >/dev/null 2>&1; times", "bash", Path.Combine(AppContext.BaseDirectory, "extract.dll"), "check", folder, "--out", output, "--jobs", jobs.ToString(Invariant), "--no-evidence-images" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["EXTRACTION_OCR_CACHE"] = Environment(work, null, null)["EXTRACTION_OCR_CACHE"];
        using var check = Process.Start(start)!;
        var times = check.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        check.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        var children = times.Length > 1 ? times[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return (wall, children.Sum(Seconds));
    }

    // "1m2.345s" as seconds.
    private static double Seconds(string time)
    {
        var minutes = time.IndexOf('m', StringComparison.Ordinal);
        return (double.Parse(time[..minutes], Invariant) * 60) + double.Parse(time[(minutes + 1)..].TrimEnd('s'), Invariant);
    }

    // utime, stime, cutime, cstime of /proc/PID/stat (fields 14-17, in clock ticks of 1/100 s).
    private static double CpuSeconds(Process process)
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], Invariant)) / 100.0;
    }

    private static (double Wall, double Submit, double Cpu) Distributed(string folder, int count, string work, string pg, string amqp, int workers)
    {
        var database = NewDatabase(pg);
        ResetQueues(amqp);
        var environment = Environment(work, database, amqp);
        var submitClock = Stopwatch.StartNew();
        using (var submit = Extract(environment, "submit", folder))
        {
            submit.WaitForExit();
        }

        var submitSeconds = submitClock.Elapsed.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var processes = Enumerable.Range(0, workers).Select(_ => Extract(environment, "worker", "--jobs", "1")).ToList();
        try
        {
            while (Finished(database) < count)
            {
                Thread.Sleep(100);
            }

            var wall = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine($"  worker peak RSS: {string.Join(", ", processes.Select(PeakMegabytes))} MB");
            return (wall, submitSeconds, processes.Sum(CpuSeconds));
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                process.Dispose();
            }
        }
    }

    // VmHWM: the process's peak resident set, what bounds a worker's memory.
    private static string PeakMegabytes(Process process)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "?" : (long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], Invariant) / 1024).ToString(Invariant);
    }

    /// <summary>Fairness: the scans submitted first, then the text documents, one worker --jobs 2; when the last
    /// text document and the last scan finish. In one FIFO queue the text would wait for the scans.</summary>
    private static void Mixed(string scans, string texts, string work, string pg, string amqp)
    {
        var database = NewDatabase(pg);
        ResetQueues(amqp);
        var environment = Environment(work, database, amqp);
        foreach (var folder in new[] { scans, texts })
        {
            using var submit = Extract(environment, "submit", folder);
            submit.WaitForExit();
        }

        var textCount = Directory.GetFiles(texts).Length;
        var total = textCount + Directory.GetFiles(scans).Length;
        var clock = Stopwatch.StartNew();
        using var worker = Extract(environment, "worker", "--jobs", "2");
        double? textDone = null;
        while (Finished(database) < total)
        {
            if (textDone is null && Finished(database, "text") >= textCount)
            {
                textDone = clock.Elapsed.TotalSeconds;
            }

            Thread.Sleep(100);
        }

        var all = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine($"  worker peak RSS: {PeakMegabytes(worker)} MB");
        worker.Kill(entireProcessTree: true);
        worker.WaitForExit();
        Console.WriteLine(string.Create(Invariant, $"mixed: scans submitted before {textCount} text documents, 1 worker --jobs 2: last text done at {textDone ?? all:0.0} s, last scan at {all:0.0} s"));
    }

    private static Dictionary<string, string?> Environment(string work, string? store, string? broker) => new()
    {
        ["EXTRACTION_STORE"] = store,
        ["EXTRACTION_BROKER"] = broker,
        ["EXTRACTION_OCR_CACHE"] = Directory.CreateDirectory(Path.Combine(work, "ocr-" + Guid.NewGuid().ToString("N"))).FullName,
    };

    private static Process Extract(Dictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "extract.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static long Finished(string database, string? lane = null)
    {
        using var connection = new NpgsqlConnection(database);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(*) FROM work WHERE state IN ('done', 'failed') AND ($1::text IS NULL OR lane = $1)", connection);
        command.Parameters.AddWithValue((object?)lane ?? DBNull.Value);
        return (long)command.ExecuteScalar()!;
    }

    private static string NewDatabase(string pg)
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(pg))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(pg) { Database = name, Pooling = false }.ConnectionString;
    }

    private static void ResetQueues(string amqp)
    {
        using var connection = new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync().GetAwaiter().GetResult();
        using var channel = connection.CreateChannelAsync().GetAwaiter().GetResult();
        foreach (var queue in new[] { "extraction.text", "extraction.scan", "extraction.dead" })
        {
            channel.QueueDeleteAsync(queue, false, false).GetAwaiter().GetResult();
        }
    }

    private static (string Pg, string Amqp) Servers(string work, ref string? started)
    {
        if (System.Environment.GetEnvironmentVariable("EXTRACTION_TEST_PG") is { Length: > 0 } pg
            && System.Environment.GetEnvironmentVariable("EXTRACTION_TEST_AMQP") is { Length: > 0 } amqp)
        {
            return (pg, amqp);
        }

        started = Path.Combine(work, "servers");
        var output = Tool("bash", [Script(), "start", started]);
        string Value(string name) => output.Split('\n').First(l => l.StartsWith("export " + name + "=", StringComparison.Ordinal)).Split('=', 2)[1].Trim().Trim('\'');
        return (Value("EXTRACTION_TEST_PG"), Value("EXTRACTION_TEST_AMQP"));
    }

    private static string Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, ".ci", "servers");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException("expected .ci/servers above " + AppContext.BaseDirectory);
    }

    internal static string Tool(string name, string[] arguments)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"{name} failed: {error.Result}");
    }
}
