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

    public StringBuilder Criteria { get; } = new();

    public StringBuilder Description { get; } = new();

    public StringBuilder Note { get; } = new();

    public required Evidence Evidence { get; set; }

    public Indicator Build() => new(Levels, Weight?.Value, Score?.Value, Evidence)
    {
        WeightText = Weight?.Text,
        ScoreText = Score?.Text,
        SelfScore = SelfScore?.Value,
        Criteria = Text(Criteria),
        Description = Text(Description),
        VerifierNote = Text(Note),
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
