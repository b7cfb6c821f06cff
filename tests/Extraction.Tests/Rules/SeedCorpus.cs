using System.Globalization;
using System.Text.Json;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Tests.Rules;

/// <summary>Test scaffolding: an <see cref="AnalysisContext"/> for a seed built from its structured source
/// (Data/seedNNN.json, a copy of corpus/src) and its truth file (corpus/truth): paragraphs and tables with
/// spans, the score table read through the source's column semantics, figures from the truth's figures.</summary>
internal static class SeedCorpus
{
    private static readonly Dictionary<string, AnalysisContext> Cache = [];

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("expected Extraction.sln above the test binaries, found none");
        }
    }

    public static JsonElement Truth(string id) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "corpus", "truth", $"{id}.truth.json"))).RootElement;

    public static AnalysisContext Context(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var context))
            {
                context = Build(id);
                Cache[id] = context;
            }

            return context;
        }
    }

    private static AnalysisContext Build(string id)
    {
        var src = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "tests", "Extraction.Tests", "Rules", "Data", $"{id}.json"))).RootElement;
        var truth = Truth(id);
        var pages = new List<Page>();
        var blocks = new List<Block>();
        var scoreTables = new List<ScoreTable>();
        var page = 1;
        foreach (var b in src.GetProperty("body").EnumerateArray())
        {
            var type = b.GetProperty("type").GetString();
            switch (type)
            {
                case "page_break" or "section_break":
                    pages.Add(new Page(page++, blocks.ToArray()));
                    blocks = [];
                    break;
                case "table":
                    var table = TableOf(b, page);
                    blocks.Add(table);
                    if (b.GetProperty("role").GetString() == "score_table")
                    {
                        scoreTables.Add(ScoreTableOf(b, table, blocks.Count(x => x is Table) - 1 + pages.Sum(p => p.Blocks.Count(x => x is Table))));
                    }

                    break;
                default:
                    var text = b.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
                    blocks.Add(new Paragraph(text, Provenance.OnPage(page), type == "heading" ? b.GetProperty("level").GetInt32() : null));
                    break;
            }
        }

        pages.Add(new Page(page, blocks.ToArray()));
        var document = new Document("json", pages, []);
        var figures = new List<Figure>();
        foreach (var key in new[] { "figures", "extra_figures" })
        {
            foreach (var f in truth.GetProperty(key).EnumerateArray())
            {
                var raw = f.GetProperty("raw").GetString()!;
                var number = PrintedNumber.Parse(raw);
                var unit = f.GetProperty("unit").ValueKind == JsonValueKind.String ? f.GetProperty("unit").GetString()
                    : f.TryGetProperty("unit_raw", out var ur) ? ur.GetString() : null;
                var quote = f.GetProperty("quote").GetString()!;
                var where = document.Pages.First(p => p.Blocks.OfType<Paragraph>().Any(x => x.Text.Contains(quote, StringComparison.Ordinal))).Number;
                figures.Add(new Figure(f.GetProperty("name").GetString()!, number.Value, raw, unit, new Evidence(where, quote)) { Decimals = number.Decimals });
            }
        }

        var stated = truth.GetProperty("stated_total").GetDecimal();
        var metadata = new DocumentMetadata(truth.GetProperty("metadata").GetProperty("report_type").GetString()!)
        {
            Year = truth.GetProperty("metadata").GetProperty("year").GetInt32(),
            StatedTotal = new Figure("总分", stated, stated.ToString(CultureInfo.InvariantCulture), "分", new Evidence(page, "stated total")) { Decimals = 2 },
            StatedGrade = truth.GetProperty("grade").GetString(),
        };
        return new AnalysisContext(document, metadata, scoreTables, figures, []);
    }

    private static Table TableOf(JsonElement b, int page)
    {
        var cells = new List<TableCell>();
        var occupied = new HashSet<(int, int)>();
        var rows = b.GetProperty("rows").EnumerateArray().ToArray();
        var columns = b.GetProperty("n_cols").GetInt32();
        for (var r = 0; r < rows.Length; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].EnumerateArray())
            {
                while (occupied.Contains((r, c)))
                {
                    c++;
                }

                var rs = cell.TryGetProperty("rowspan", out var x) ? x.GetInt32() : 1;
                var cs = cell.TryGetProperty("colspan", out var y) ? y.GetInt32() : 1;
                cells.Add(new TableCell(r, c, rs, cs, cell.GetProperty("text").GetString() ?? string.Empty, Provenance.OnPage(page)));
                for (var i = r; i < r + rs; i++)
                {
                    for (var j = c; j < c + cs; j++)
                    {
                        occupied.Add((i, j));
                    }
                }

                c += cs;
            }
        }

        return new Table(cells, rows.Length, columns, Provenance.OnPage(page), b.TryGetProperty("caption", out var cap) ? cap.GetString() : null);
    }

    private static ScoreTable ScoreTableOf(JsonElement b, Table table, int tableIndex)
    {
        var sem = b.GetProperty("semantics");
        var grid = table.ToGrid();
        int Col(string name) => sem.TryGetProperty(name, out var v) ? v.GetInt32() : -1;
        var header = Enumerable.Range(0, b.GetProperty("header_rows").GetInt32())
            .SelectMany(r => Enumerable.Range(0, table.ColumnCount).Select(c => (c, grid[r, c]?.Text ?? string.Empty))).ToArray();
        int HeaderCol(string word) => header.Where(h => h.Item2.Contains(word, StringComparison.Ordinal)).Select(h => h.c).DefaultIfEmpty(-1).First();
        var criteriaCol = HeaderCol("评分标准");
        var descriptionCol = HeaderCol("指标说明");
        var noteCol = Math.Max(HeaderCol("审核说明"), HeaderCol("核查评分说明"));
        var data = sem.GetProperty("data_rows").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var indicators = new List<Indicator>();
        for (var r = data[0]; r < data[1]; r++)
        {
            if (r == (sem.TryGetProperty("total_row", out var tr) ? tr.GetInt32() : -1))
            {
                continue;
            }

            string Text(int c) => c < 0 ? string.Empty : TextNormalizer.RemoveWhitespace(grid[r, c]?.Text ?? string.Empty);
            decimal? Num(int c) => PrintedNumber.TryParse(Text(c), out var n) ? n.Value : null;
            var levels = new List<IndicatorLevel>();
            var l1 = Text(Col("l1"));
            decimal? w1 = Num(Col("l1_weight"));
            var paren = l1.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0)
            {
                w1 = PrintedNumber.TryParse(new string(l1[paren..].Where(ch => char.IsDigit(ch) || ch == '.').ToArray()), out var n1) ? n1.Value : null;
                l1 = l1[..paren];
            }

            levels.Add(new IndicatorLevel(l1, w1));
            var l2 = Text(Col("l2"));
            var l3 = Text(Col("l3"));
            var spanned = grid[r, Col("l2")] == grid[r, Col("l1")];
            if (!spanned && l2.Length > 0)
            {
                levels.Add(new IndicatorLevel(l2, Num(Col("l2_weight"))));
            }

            var weight = Num(Col("weight"));
            levels.Add(new IndicatorLevel(l3, weight));
            var scoreText = Text(Col("score"));
            var cell = grid[r, Col("l3")]!;
            indicators.Add(new Indicator(levels, weight, Num(Col("score")), new Evidence(cell.Provenance.Page, l3) { Cell = new CellRef(tableIndex, r, Col("l3")) })
            {
                WeightText = Text(Col("weight")),
                ScoreText = scoreText.Length == 0 ? null : scoreText,
                Criteria = criteriaCol < 0 ? null : grid[r, criteriaCol]?.Text,
                Description = descriptionCol < 0 ? null : grid[r, descriptionCol]?.Text,
                VerifierNote = noteCol < 0 || string.IsNullOrWhiteSpace(grid[r, noteCol]?.Text) ? null : grid[r, noteCol]!.Text,
            });
        }

        Figure? total = null;
        if (sem.TryGetProperty("total_row", out var totalRow))
        {
            var text = TextNormalizer.RemoveWhitespace(grid[totalRow.GetInt32(), Col("score")]?.Text ?? string.Empty);
            if (PrintedNumber.TryParse(text, out var n))
            {
                total = new Figure("合计", n.Value, text, "分", new Evidence(table.Provenance.Page, text) { Cell = new CellRef(tableIndex, totalRow.GetInt32(), Col("score")) }) { Decimals = n.Decimals, Origin = "table" };
            }
        }

        string? grade = sem.TryGetProperty("grade_row", out var gr) ? grid[gr.GetInt32(), Col("score")]?.Text : null;
        return new ScoreTable(indicators) { Total = total, Grade = grade };
    }
}
