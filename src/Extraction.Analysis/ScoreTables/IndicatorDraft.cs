using System.Text;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>An indicator row being read; continuation rows (a row split over a page break) append to it.</summary>
internal sealed class IndicatorDraft
{
    public required List<IndicatorLevel> Levels { get; init; }

    public PrintedNumber? Weight { get; set; }

    public PrintedNumber? Score { get; set; }

    public PrintedNumber? SelfScore { get; set; }

    /// <summary>Every score column's number (kind, value) when the table has several.</summary>
    public List<(int Kind, PrintedNumber Value)> Scores { get; } = [];

    public string? Target { get; set; }

    public string? Actual { get; set; }

    /// <summary>The code from a 指标编码 column, when the table has one.</summary>
    public string? CodeText { get; set; }

    public string? Formula { get; init; }

    public string? Rate { get; init; }

    public StringBuilder Criteria { get; } = new();

    public StringBuilder Description { get; } = new();

    public StringBuilder Note { get; } = new();

    public required Evidence Evidence { get; set; }

    /// <summary>The cell holding the row's own (lowest-level) name: a row whose name is this same cell spanned down is
    /// more of this indicator, not another one.</summary>
    public Model.TableCell? NameCell { get; init; }

    /// <summary>The note text of the draft's first row when that row opened a part continued over a page break and
    /// the text ends with a conclusion ("…该指标得1.00分"): possibly the previous row's note run over the break.</summary>
    public string? LeadingNote { get; init; }

    public Indicator Build() => new(Levels, Weight?.Value, Score?.Value, Evidence)
    {
        WeightText = Weight?.Text,
        ScoreText = Score?.Text,
        SelfScore = SelfScore?.Value,
        Criteria = Text(Criteria),
        Description = Text(Description),
        VerifierNote = Text(Note),
        Scores = Scores.Select(s => new ColumnScore(ScoreKinds.Name(s.Kind), s.Value.Value, s.Value.Text)).ToArray(),
        Target = Target,
        Actual = Actual,
        Code = CodeText ?? (Levels.Count == 0 ? null : IndicatorCode.Of(Levels[^1].Name)),
        Formula = Formula,
        Rate = Rate,
    };

    public static void Append(StringBuilder sb, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        sb.Append(text.Trim());
    }

    private static string? Text(StringBuilder sb) => sb.Length == 0 ? null : sb.ToString();
}
