using Extraction.Generator.Model;

namespace Extraction.Generator.Build;

/// <summary>Accumulates one document: quantities, their mentions (placed when a block holding them is added),
/// blocks, relations, score rows and totals. Parts passed to blocks are strings or <see cref="Run"/>s.</summary>
public sealed class DocBuilder
{
    private static readonly string[] GradeNames = ["优", "良", "中", "差"];
    private readonly Dictionary<string, Quantity> _quantities = [];
    private readonly Dictionary<string, Mention> _mentions = [];
    private readonly List<Block> _blocks = [];
    private readonly List<Relation> _relations = [];
    private readonly List<ScoreRow> _rows = [];
    private readonly List<StatedTotal> _totals = [];
    private readonly Dictionary<string, List<string>> _shapes = [];
    private int _tables;

    public DocBuilder(Draw draw) => Draw = draw;

    public Draw Draw { get; }

    public int NextTable => _tables;

    public string Quantity(string measure, decimal value, string unit, Qualifiers? qualifiers = null)
    {
        var id = "q" + _quantities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _quantities[id] = new Quantity(id, measure, qualifiers ?? new Qualifiers(), value, unit);
        return id;
    }

    public decimal ValueOf(string quantity) => _quantities[quantity].Value;

    /// <summary>A new printing of <paramref name="quantity"/> in <paramref name="unit"/> with <paramref name="decimals"/> places;
    /// <paramref name="suffix"/> is printed after the number (null: the unit itself; "" for bare cells).</summary>
    public Run Say(string quantity, int decimals, string? unit = null, string? suffix = null, bool thousands = false, bool formula = false)
    {
        var q = _quantities[quantity];
        unit ??= q.Unit;
        var value = Numbers.Round(q.Value * Numbers.ToYuan(q.Unit) / Numbers.ToYuan(unit), decimals);
        var number = Numbers.Format(value, decimals, thousands);
        suffix ??= unit;
        var id = "m" + _mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _mentions[id] = new Mention(id, quantity, number + suffix, value, unit, decimals, formula ? "formula" : "text") { Number = number, Suffix = suffix };
        return new Run(number + suffix, id);
    }

    /// <summary>A grade quantity (优/良/中/差 from the total) and a printing of it.</summary>
    public string GradeQuantity(decimal total, string measure) => Quantity(measure, GradeIndex(total), "grade");

    public static int GradeIndex(decimal total) => total >= 90 ? 0 : total >= 80 ? 1 : total >= 60 ? 2 : 3;

    public static string GradeName(int index) => GradeNames[index];

    public Run SayGrade(string quantity, string? wording = null)
    {
        var index = (int)_quantities[quantity].Value;
        var text = wording ?? GradeNames[index];
        var id = "m" + _mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _mentions[id] = new Mention(id, quantity, text, index, "grade", 0, "text") { Number = text };
        return new Run(text, id);
    }

    public Mention MentionOf(Run run) => _mentions[run.Mention ?? throw new ArgumentException("expected a mention run, found plain text")];

    public void Heading(int level, params object[] parts) => Add(new Block("heading", level, Runs(parts)), "heading");

    public void Paragraph(params object[] parts) => Add(new Block("paragraph", 0, Runs(parts)), "text");

    public void Note(params object[] parts) => Add(new Block("note", 0, Runs(parts)), "note");

    public TableBuilder Table(string role, string? caption, int columns, int headerRows) => new(this, _tables++, role, caption, columns, headerRows);

    internal void AddTable(GenTable table)
    {
        var block = _blocks.Count;
        _blocks.Add(new Block("table", 0, [], table));
        foreach (var cell in table.Cells)
        {
            foreach (var run in cell.Runs.Where(r => r.Mention is not null))
            {
                var m = _mentions[run.Mention!];
                _mentions[m.Id] = m with { Origin = m.Origin == "formula" ? "formula" : "cell", At = new Location(block, table.Index, cell.Row, cell.Column) };
            }
        }
    }

    public Relation Relate(string kind, string op, Run result, params Run[] operands) => Relate(kind, op, result, null, operands);

    public Relation Relate(string kind, string op, Run result, ScoreRule? rule, params Run[] operands)
    {
        var relation = new Relation("r" + _relations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, op,
            result.Mention!, [.. operands.Select(o => o.Mention!)]) { Rule = rule };
        _relations.Add(relation);
        return relation;
    }

    /// <summary>Marks <paramref name="runs"/> as mentions a planted error of <paramref name="shape"/> may change.</summary>
    public void Shape(string shape, params Run[] runs)
    {
        if (!_shapes.TryGetValue(shape, out var list))
        {
            _shapes[shape] = list = [];
        }

        list.AddRange(runs.Select(r => r.Mention!));
    }

    public void Row(ScoreRow row) => _rows.Add(row);

    public void Total(StatedTotal total) => _totals.Add(total);

    public GenDocument Build(string id, string kind, string framework, string department, string region, int year, string title) =>
        new(id, kind, framework, department, region, year, title, [.. _blocks], new Dictionary<string, Quantity>(_quantities),
            new Dictionary<string, Mention>(_mentions), [.. _relations], [.. _rows], [.. _totals])
        {
            Shapes = _shapes.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value]),
        };

    internal static IReadOnlyList<Run> Runs(object[] parts) =>
        [.. parts.Select(p => p switch
        {
            Run r => r,
            string s => new Run(s),
            _ => throw new ArgumentException($"expected a string or Run, found {p?.GetType().Name ?? "null"}"),
        })];

    private void Add(Block block, string origin)
    {
        var index = _blocks.Count;
        _blocks.Add(block);
        foreach (var run in block.Runs.Where(r => r.Mention is not null))
        {
            var m = _mentions[run.Mention!];
            _mentions[m.Id] = m with { Origin = m.Origin == "formula" ? "formula" : origin, At = new Location(index) };
        }
    }
}
