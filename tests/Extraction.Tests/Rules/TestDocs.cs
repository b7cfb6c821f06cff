using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Engine;

namespace Extraction.Tests.Rules;

/// <summary>Small in-memory documents for unit tests of shapes and checks.</summary>
internal static class TestDocs
{
    public static AnalysisContext Context(IEnumerable<string> paragraphs, IEnumerable<Figure>? figures = null, IEnumerable<Indicator>? indicators = null,
        Figure? total = null, string? grade = null, int? year = 2020, IEnumerable<Table>? tables = null)
    {
        var blocks = new List<Block>();
        blocks.AddRange(paragraphs.Select(p => new Paragraph(p, Provenance.OnPage(1))));
        blocks.AddRange(tables ?? []);
        var document = new Document("test", [new Page(1, blocks)], []);
        var tablesOut = indicators is null ? [] : new[] { new ScoreTable(indicators.ToArray()) { Total = total, Grade = grade } };
        return new AnalysisContext(document, new DocumentMetadata(DocumentKind.SelfAssessment) { Year = year }, tablesOut, (figures ?? []).ToArray(), []);
    }

    public static Figure Fig(string label, decimal value, string? unit = "%", int decimals = 2, double? confidence = null, string origin = "text") =>
        new(label, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), unit, new Evidence(1, $"{label}{value}{unit}") { Confidence = confidence })
        { Decimals = decimals, Origin = origin };

    public static Indicator Ind(string name, decimal? weight, decimal? score, string? criteria = null, string? note = null, string l1 = "一级", decimal? l1Weight = null) =>
        new([new IndicatorLevel(l1, l1Weight), new IndicatorLevel(name, weight)], weight, score, new Evidence(1, name))
        {
            ScoreText = score?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Criteria = criteria,
            VerifierNote = note,
        };

    public static ShapeContext Shape(AnalysisContext context, decimal? weight, string name = "指标") =>
        new(Ind(name, weight, null), weight, new InputResolver(context));

    public static Table Grid(params string[][] rows)
    {
        var cells = new List<TableCell>();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                cells.Add(new TableCell(r, c, 1, 1, rows[r][c], Provenance.OnPage(1)));
            }
        }

        return new Table(cells, rows.Length, rows.Max(r => r.Length), Provenance.OnPage(1));
    }
}
