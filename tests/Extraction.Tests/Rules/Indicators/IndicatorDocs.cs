using System.Globalization;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Rules.Indicators;

/// <summary>In-memory score tables and narrative for the indicator checks: a row is "一级/二级/三级" with the level
/// weights and its own weight and score, its score cell at (table, row, 2) and its weight at (table, row, 1).</summary>
internal static class IndicatorDocs
{
    public static Indicator Row(string path, string? weight, string? score, int table = 0, int row = 0, string? note = null, params decimal[] levelWeights)
    {
        var names = path.Split('/');
        var levels = names.Select((n, i) => new IndicatorLevel(n, i < levelWeights.Length ? levelWeights[i] : null)).ToList();
        var w = weight is null ? (decimal?)null : decimal.Parse(weight, CultureInfo.InvariantCulture);
        levels[^1] = levels[^1] with { Weight = w };
        return new Indicator(levels, w, score is null ? null : decimal.Parse(score, CultureInfo.InvariantCulture),
            new Evidence(1, path) { Cell = new CellRef(table, row, 2) })
        {
            WeightText = weight,
            ScoreText = score,
            VerifierNote = note,
        };
    }

    /// <summary>A document whose tables are the score tables' own grids (name | weight | score), so cells can be found.</summary>
    public static AnalysisContext Context(IReadOnlyList<ScoreTable> tables, params Block[] narrative)
    {
        var blocks = new List<Block>(narrative);
        foreach (var table in tables)
        {
            var cells = new List<TableCell>();
            var rows = table.Indicators.Max(i => i.Evidence.Cell!.Value.Row) + 1;
            foreach (var i in table.Indicators)
            {
                var r = i.Evidence.Cell!.Value.Row;
                cells.Add(new TableCell(r, 0, 1, 1, i.Name, Provenance.OnPage(2)));
                cells.Add(new TableCell(r, 1, 1, 1, i.WeightText ?? string.Empty, Provenance.OnPage(2)));
                cells.Add(new TableCell(r, 2, 1, 1, i.ScoreText ?? string.Empty, Provenance.OnPage(2)));
            }

            blocks.Add(new Table(cells, rows, 3, Provenance.OnPage(2)));
        }

        return new AnalysisContext(new Document("test", [new Page(1, blocks)], []), new DocumentMetadata(DocumentKind.ProjectEvaluation), tables, [], []);
    }

    public static Paragraph P(string text) => new(text, Provenance.OnPage(1));

    public static Paragraph H(string text) => new(text, Provenance.OnPage(1), 2);

    public static Finding[] Alarms(ICheck check, AnalysisContext context) =>
        check.Run(context).Where(f => f.Severity >= Severity.Warning).ToArray();
}
