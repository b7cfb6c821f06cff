using System.Collections.Concurrent;
using System.Globalization;
using Extraction.Messages;
using Spectre.Console;

namespace Extraction.Cli.Batch;

/// <summary>A live progress bar on a terminal's stderr (Spectre.Console): done/total, ok/reused/failed counts
/// and the files being processed now.</summary>
internal sealed class LiveProgress : IBatchProgress
{
    private readonly ProgressTask _task;
    private readonly Language _language;
    private readonly ConcurrentDictionary<string, int> _current = new(StringComparer.Ordinal);
    private int _ok;
    private int _reused;
    private int _failed;

    private LiveProgress(ProgressTask task, Language language)
    {
        _task = task;
        _language = language;
    }

    public static IAnsiConsole ErrorConsole() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Runs <paramref name="work"/> with a live bar on stderr.</summary>
    public static Task<T> RunAsync<T>(int total, Func<IBatchProgress, Task<T>> work, Language language = Language.Zh) =>
        ErrorConsole().Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(MessageCatalog.Default.Text("cli.starting", language)), maxValue: Math.Max(1, total));
                return await work(new LiveProgress(task, language)).ConfigureAwait(false);
            });

    public void Started(string file)
    {
        _current.AddOrUpdate(file, 1, (_, n) => n + 1);
        Describe();
    }

    public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
    {
        _current.AddOrUpdate(file, 0, (_, n) => n - 1);
        _current.TryRemove(new KeyValuePair<string, int>(file, 0));
        _ = outcome switch
        {
            DocumentOutcome.Reused => Interlocked.Increment(ref _reused),
            DocumentOutcome.Processed or DocumentOutcome.Skipped => Interlocked.Increment(ref _ok),
            _ => Interlocked.Increment(ref _failed),
        };
        _task.Increment(1);
        Describe();
    }

    public void Writing(string what) => _task.Description = Markup.Escape(Msg.Of("cli.writing", ("what_en", what)).Render(_language));

    private void Describe()
    {
        var now = string.Join(", ", _current.Keys.Take(2));
        var text = Msg.Of("cli.live", ("done", _task.Value.ToString("0", CultureInfo.InvariantCulture)), ("total", _task.MaxValue.ToString("0", CultureInfo.InvariantCulture)),
            ("ok", _ok.ToString(CultureInfo.InvariantCulture)), ("reused", _reused.ToString(CultureInfo.InvariantCulture)), ("failed", _failed.ToString(CultureInfo.InvariantCulture)), ("now", now)).Render(_language);
        _task.Description = Markup.Escape(text.Length > 48 ? text[..48] + "…" : text);
    }
}
