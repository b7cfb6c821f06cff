using System.Globalization;

namespace Extraction.Cli.Batch;

/// <summary>Progress as one line per finished document on stderr (when stderr is not a terminal).</summary>
internal sealed class PlainProgress : IBatchProgress
{
    private readonly TextWriter _out;
    private readonly int _total;
    private readonly Lock _gate = new();
    private int _done;

    public PlainProgress(TextWriter output, int total)
    {
        _out = output;
        _total = total;
    }

    public void Started(string file)
    {
    }

    public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _done++;
            _out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{_done}/{_total}] {Label(outcome)} {file} ({elapsed.TotalSeconds:0.0} s, {findings} findings)"));
            _out.Flush();
        }
    }

    public void Writing(string what)
    {
        lock (_gate)
        {
            _out.WriteLine($"writing {what}");
            _out.Flush();
        }
    }

    internal static string Label(DocumentOutcome outcome) => outcome switch
    {
        DocumentOutcome.Reused => "reused",
        DocumentOutcome.Failed => "FAILED",
        DocumentOutcome.TimedOut => "TIMEOUT",
        _ => "ok",
    };
}
