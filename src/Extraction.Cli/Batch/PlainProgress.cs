using System.Globalization;
using Extraction.Messages;

namespace Extraction.Cli.Batch;

/// <summary>Progress as one line per finished document on stderr (when stderr is not a terminal).</summary>
internal sealed class PlainProgress : IBatchProgress
{
    private readonly TextWriter _out;
    private readonly int _total;
    private readonly Language _language;
    private readonly Lock _gate = new();
    private int _done;

    public PlainProgress(TextWriter output, int total, Language language = Language.Zh)
    {
        _out = output;
        _total = total;
        _language = language;
    }

    public void Started(string file)
    {
    }

    public void Finished(string file, DocumentOutcome outcome, int findings, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _done++;
            _out.WriteLine(Msg.Of("cli.progress", ("done", N(_done)), ("total", N(_total)), MsgArg.Term("outcome", Label(outcome)), ("file", file),
                ("seconds", elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)), ("findings", N(findings))).Render(_language));
            _out.Flush();
        }
    }

    public void Writing(string what)
    {
        lock (_gate)
        {
            _out.WriteLine(Msg.Of("cli.writing", ("what_en", what)).Render(_language));
            _out.Flush();
        }
    }

    /// <summary>The catalog term of an outcome (完成/沿用/未能处理/超时; en ok/reused/FAILED/TIMEOUT).</summary>
    internal static string Label(DocumentOutcome outcome) => outcome switch
    {
        DocumentOutcome.Reused => "term.outcome_reused",
        DocumentOutcome.Failed => "term.outcome_failed",
        DocumentOutcome.TimedOut => "term.outcome_timeout",
        DocumentOutcome.Skipped => "term.outcome_skipped",
        DocumentOutcome.Partial => "term.outcome_partial",
        _ => "term.outcome_ok",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
