using System.Globalization;
using System.Text;

namespace Extraction.Generator.Scoring;

/// <summary>Aggregates document scores per route, per document kind, per relation kind, per mention origin and per
/// operator, and the one summary line the issue asks for.</summary>
public sealed class Summary
{
    private readonly IReadOnlyList<DocScore> _scores;

    public Summary(IReadOnlyList<DocScore> scores) => _scores = scores;

    public decimal RowsRatio => Ratio(_scores.Sum(s => s.RowsExact), _scores.Sum(s => s.Rows));

    public decimal FiguresRatio => Ratio(_scores.Sum(s => s.FiguresFound), _scores.Sum(s => s.Figures));

    public decimal TotalsRatio => Ratio(_scores.Sum(s => s.TotalsRight), _scores.Sum(s => s.Totals));

    public decimal Recall => Ratio(_scores.Count(s => s.Detected == true), _scores.Count(s => s.Detected is not null));

    public int FalseErrors => _scores.Sum(s => s.Errors);

    public int FalseWarnings => _scores.Sum(s => s.Warnings);

    public int CleanCopies => _scores.Count(s => s.Clean);

    /// <summary>F1 of the tables' adjacency relations (<see cref="TableStructure"/>) over every rendering.</summary>
    public decimal TableF1 => F1(_scores);

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"rows {RowsRatio:0.000} figures {FiguresRatio:0.000} totals {TotalsRatio:0.000} recall {Recall:0.000} false-errors {FalseErrors} table-f1 {TableF1:0.000}");

    public string Tables()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| route | docs | read | score rows exact | text figures | table cells | total+grade | recall | clean copies | false errors | false warnings |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var g in _scores.GroupBy(s => s.Route))
        {
            Append(sb, g.Key, [.. g]);
        }

        Append(sb, "**all**", _scores);
        sb.AppendLine();
        sb.AppendLine("| document kind | docs | read | score rows exact | text figures | table cells | total+grade | recall | clean copies | false errors | false warnings |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var g in _scores.GroupBy(s => s.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Append(sb, g.Key, [.. g]);
        }

        sb.AppendLine();
        Structure(sb, "route", s => s.Route, ordered: false);
        Structure(sb, "document kind", s => s.Kind, ordered: true);
        Recalls(sb, "relation kind", s => s.TargetKind!);
        Recalls(sb, "mention origin", s => s.Origin!);
        Recalls(sb, "operator", s => s.Operator!);
        var alarms = _scores.SelectMany(s => s.ErrorChecks).GroupBy(c => c).OrderByDescending(g => g.Count()).Take(12)
            .Select(g => $"{g.Key} ×{g.Count()}");
        sb.Append("false alarms on clean copies by check: ").AppendLine(string.Join(", ", alarms));
        return sb.ToString();
    }

    /// <summary>Table structure per group: truth cells found by text and by text with spans, adjacency relations
    /// precision / recall / F1 (docs/generated.md, "Table structure").</summary>
    public string StructureTable() => Structure(new StringBuilder(), "route", s => s.Route, ordered: false).ToString();

    private StringBuilder Structure(StringBuilder sb, string title, Func<DocScore, string> key, bool ordered)
    {
        sb.Append("| table structure by ").Append(title)
            .AppendLine(" | docs | truth cells | cells (text) | cells (text + spans) | relations precision | relations recall | relations F1 |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|");
        var groups = _scores.GroupBy(key);
        foreach (var g in ordered ? groups.OrderBy(g => g.Key, StringComparer.Ordinal) : groups)
        {
            StructureRow(sb, g.Key, [.. g]);
        }

        StructureRow(sb, "**all**", _scores);
        sb.AppendLine();
        return sb;
    }

    private static void StructureRow(StringBuilder sb, string name, IReadOnlyList<DocScore> g)
    {
        var cells = g.Sum(s => s.Structure.Cells);
        var relations = g.Sum(s => s.Structure.Relations);
        var predicted = g.Sum(s => s.Structure.Predicted);
        var matched = g.Sum(s => s.Structure.Matched);
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {g.Count} | {cells} | {Cell(g.Sum(s => s.Structure.CellsText), cells)} | {Cell(g.Sum(s => s.Structure.CellsSpan), cells)} | {Cell(matched, predicted)} | {Cell(matched, relations)} | {F1(g):0.000} |"));
    }

    private static decimal F1(IReadOnlyList<DocScore> g)
    {
        var matched = g.Sum(s => s.Structure.Matched);
        var sum = g.Sum(s => s.Structure.Relations) + g.Sum(s => s.Structure.Predicted);
        return sum == 0 ? 0m : Math.Round(2m * matched / sum, 3, MidpointRounding.AwayFromZero);
    }

    private void Recalls(StringBuilder sb, string title, Func<DocScore, string> key)
    {
        var planted = _scores.Where(s => s.Detected is not null).ToList();
        var routes = planted.Select(s => s.Route).Distinct().ToList();
        sb.Append("| recall by ").Append(title).Append(" | all |");
        foreach (var r in routes)
        {
            sb.Append(' ').Append(r).Append(" |");
        }

        sb.AppendLine().Append("|---|---|").AppendLine(string.Concat(routes.Select(_ => "---|")));
        foreach (var g in planted.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("| ").Append(g.Key).Append(" | ").Append(Cell(g.Count(s => s.Detected == true), g.Count())).Append(" |");
            foreach (var r in routes)
            {
                var inRoute = g.Where(s => s.Route == r).ToList();
                sb.Append(' ').Append(inRoute.Count == 0 ? "—" : Cell(inRoute.Count(s => s.Detected == true), inRoute.Count)).Append(" |");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
    }

    private static void Append(StringBuilder sb, string name, IReadOnlyList<DocScore> g)
    {
        var clean = g.Where(s => s.Clean).ToList();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {g.Count} | {g.Count(s => s.Read)} | {Cell(g.Sum(s => s.RowsExact), g.Sum(s => s.Rows))} | {Cell(g.Sum(s => s.FiguresFound), g.Sum(s => s.Figures))} | {Cell(g.Sum(s => s.CellsFound), g.Sum(s => s.Cells))} | {Cell(g.Sum(s => s.TotalsRight), g.Sum(s => s.Totals))} | {Cell(g.Count(s => s.Detected == true), g.Count(s => s.Detected is not null))} | {clean.Count} | {clean.Sum(s => s.Errors)} | {clean.Sum(s => s.Warnings)} |"));
    }

    private static string Cell(int found, int total) =>
        total == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Ratio(found, total):0.000} ({found}/{total})");

    private static decimal Ratio(int found, int total) => total == 0 ? 0m : Math.Round((decimal)found / total, 3, MidpointRounding.AwayFromZero);
}
