using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;
using Extraction.Text;
using FuzzySharp;

namespace Extraction.Rules.Engine;

/// <summary>Finds a rule's inputs by label, in this order: the indicator's own verifier note (the numbers the
/// score was computed from), the extracted figures (exact label, label containing the synonym, then fuzzy
/// match), then the narrative's labelled numbers. Labels may say {year} / {year-1} for the assessed year.</summary>
public sealed class InputResolver
{
    private const int FuzzyThreshold = 90;
    private readonly IReadOnlyList<Figure> _figures;
    private readonly IReadOnlyList<(string Label, Quantity Quantity)> _narrative;
    private readonly int? _year;
    private readonly DocumentText _text;

    /// <summary>Labels printed with several different values ("一至四季度累计预算执行率分别为29.00%、47.39%…"): a
    /// series, not one quantity, so none of its members is taken as the value a rule scores.</summary>
    private readonly HashSet<string> _series;

    public InputResolver(AnalysisContext context)
    {
        // Numbers in a score table's own cells are the rules' thresholds and examples, not measurements.
        var scoreTables = ScoreTableIndices(context);
        _figures = context.Figures.Where(f => !(f.Evidence.Cell is { } c && scoreTables.Contains(c.Table)) && !LooksLikeRuleText(f.Label)).ToArray();
        _year = context.Metadata.Year;
        _text = DocumentText.Of(context);
        Passages = _text.Narrative;
        _narrative = Passages.SelectMany(p => Labelled(p, _text.Quantities(p))).ToArray();
        _series = _figures.GroupBy(f => (TextNormalizer.Key(f.Label), f.Unit))
            .Where(g => g.Select(f => f.Value).Distinct().Skip(1).Any())
            .Select(g => g.Key.Item1)
            .Concat(_narrative.GroupBy(l => (l.Label, l.Quantity.Unit)).Where(g => g.Select(l => l.Quantity.Value).Distinct().Skip(1).Any()).Select(g => g.Key.Label))
            .ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The quantities of a passage, from the document's one reading (<see cref="DocumentText"/>).</summary>
    public IReadOnlyList<Quantity> Quantities(Passage passage) => _text.Quantities(passage);

    /// <summary>Indices (document order) of the tables the score tables were read from.</summary>
    public static HashSet<int> ScoreTableIndices(AnalysisContext context) =>
        context.ScoreTables.SelectMany(t => t.Indicators).Select(i => i.Evidence.Cell?.Table).OfType<int>().ToHashSet();

    /// <summary>A label holding a definition or a comparison ("X率=…×", "≤满意度<") is rule text.</summary>
    public static bool LooksLikeRuleText(string label) =>
        label.IndexOfAny(['=', '＝', '≤', '≥', '<', '>', '＜', '＞', '×', '÷', '/']) >= 0;

    public ResolvedInput? Resolve(string name, IReadOnlyList<string> labels, Indicator indicator, string? kind)
    {
        var keys = labels.Select(Expand).Where(k => k.Length > 0).ToArray();
        if (!string.IsNullOrEmpty(indicator.VerifierNote))
        {
            var note = new Passage(indicator.VerifierNote, indicator.Evidence with { Quote = indicator.VerifierNote }, true);
            var labelled = Labelled(note, NumberScanner.Scan(note)).Where(l => Fits(l.Quantity.Unit, kind)).ToArray();
            foreach (var key in keys)
            {
                var hit = labelled.FirstOrDefault(l => l.Label.Contains(key, StringComparison.Ordinal));
                if (hit.Quantity is not null)
                {
                    return FromQuantity(name, hit.Label, hit.Quantity);
                }
            }
        }

        foreach (var match in new Func<string, string, bool>[]
                 {
                     (label, key) => label == key,
                     (label, key) => label.EndsWith(key, StringComparison.Ordinal) || label.Contains(key, StringComparison.Ordinal),
                     (label, key) => key.Length >= 4 && Fuzz.Ratio(label, key) >= FuzzyThreshold,
                 })
        {
            foreach (var key in keys)
            {
                var figure = _figures.FirstOrDefault(f => Fits(f.Unit, kind) && !_series.Contains(TextNormalizer.Key(f.Label)) && match(TextNormalizer.Key(f.Label), key));
                if (figure is not null)
                {
                    return new ResolvedInput(name, Units.Normalise(Interval.HalfUp(figure.Value, figure.Decimals), figure.Unit), figure);
                }
            }
        }

        foreach (var key in keys)
        {
            // "X分别为a、b、c" labels only its first value: a series too (named lists come from Respectively, without 分别).
            var found = _narrative.FirstOrDefault(l => Fits(l.Quantity.Unit, kind) && !_series.Contains(l.Label) && !l.Label.EndsWith("分别", StringComparison.Ordinal)
                && l.Label.Contains(key, StringComparison.Ordinal));
            if (found.Quantity is not null)
            {
                return FromQuantity(name, found.Label, found.Quantity);
            }
        }

        return null;
    }

    /// <summary>Each number of a passage with the label before it (cut at the previous number and at clause
    /// ends); operands of a printed formula get no label, its result gets the formula's label. "A率及B率分别为
    /// x%和y%" labels x with A率 and y with B率.</summary>
    public static IEnumerable<(string Label, Quantity Quantity)> Labelled(Passage passage, IReadOnlyList<Quantity> quantities)
    {
        var text = passage.Text;
        string? previousLabel = null;
        var previousSentence = -1;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            var next = q.End < text.Length ? text[q.End..].TrimStart() : string.Empty;
            if (next.Length > 0 && next[0] is '/' or '÷' or '×' or '*' or '+' or '-' or '−')
            {
                continue;
            }

            var from = i > 0 ? quantities[i - 1].End : 0;
            var start = q.Start;
            if (IsThreshold(text, from, start))
            {
                continue;
            }

            while (start > from && IsFormulaChar(text[start - 1]))
            {
                start--;
            }

            if (start < q.Start && text[start..q.Start].Contains('=', StringComparison.Ordinal))
            {
                // A formula's result: its label precedes the whole formula.
                var f = start;
                while (f > 0 && (IsFormulaChar(text[f - 1]) || char.IsDigit(text[f - 1]) || text[f - 1] is '.' or ','))
                {
                    f--;
                }

                start = f;
                from = Math.Max(0, f - 24);
            }

            var window = text[Math.Max(from, start - 24)..start];
            var cut = window.LastIndexOfAny(['。', '；', ';', '，', ',', '：', ':']);
            var label = CleanLabel(cut >= 0 && cut < window.Length - 1 ? window[(cut + 1)..] : window);
            var sentence = text.LastIndexOfAny(['。', '；', ';'], Math.Max(0, q.Start - 1));
            label = Inherit(label, sentence == previousSentence ? previousLabel : null);
            previousLabel = label;
            previousSentence = sentence;
            yield return (label, q);
        }

        foreach (var pair in Respectively(passage, quantities))
        {
            yield return pair;
        }
    }

    private static IEnumerable<(string, Quantity)> Respectively(Passage passage, IReadOnlyList<Quantity> quantities)
    {
        var text = passage.Text;
        for (var k = text.IndexOf("分别", StringComparison.Ordinal); k >= 0; k = text.IndexOf("分别", k + 2, StringComparison.Ordinal))
        {
            var clauseStart = text.LastIndexOfAny(['，', ',', '。', '；', '：'], Math.Max(0, k - 1)) + 1;
            var names = text[clauseStart..k].Split(['及', '和', '、', '与'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var values = quantities.Where(q => q.Start > k).Take(names.Length).ToArray();
            if (names.Length < 2 || values.Length != names.Length || names.Any(n => n.Length < 2))
            {
                continue;
            }

            for (var i = 0; i < names.Length; i++)
            {
                yield return (TextNormalizer.Key(names[i]), values[i]);
            }
        }
    }

    private static readonly string[] GenericTails = ["实际支出数", "实际支出", "预算安排数", "调整预算数", "预算数", "决算数", "预算金额", "执行数", "支出数"];

    /// <summary>"三公经费实际支出数 10.35万，预算安排数 15.83万": the second label takes the first one's subject.</summary>
    private static string Inherit(string label, string? previous)
    {
        if (previous is null || !GenericTails.Contains(label))
        {
            return label;
        }

        var tail = GenericTails.FirstOrDefault(t => previous.EndsWith(t, StringComparison.Ordinal) && previous.Length > t.Length);
        return tail is null ? label : previous[..^tail.Length] + label;
    }

    /// <summary>A number after a comparison ("≤10%", "高于95%") is a rule's threshold, not a measurement.</summary>
    private static bool IsThreshold(string text, int from, int start)
    {
        var before = text[Math.Max(from, start - 4)..start].TrimEnd();
        return before.Length > 0 && (before[^1] is '≤' or '≥' or '<' or '>' or '＜' or '＞' or '≦' or '≧'
            || before.EndsWith("高于", StringComparison.Ordinal) || before.EndsWith("低于", StringComparison.Ordinal)
            || before.EndsWith("大于", StringComparison.Ordinal) || before.EndsWith("小于", StringComparison.Ordinal)
            || before.EndsWith("超过", StringComparison.Ordinal) || before.EndsWith("达到", StringComparison.Ordinal));
    }

    /// <summary>Drops a list marker in front ("1.") and a copula at the end ("为", "是", "达").</summary>
    private static string CleanLabel(string label)
    {
        var m = System.Text.RegularExpressions.Regex.Match(label, @"^\s*\d{1,2}\s*(?:[.．]\s+|[、]|[.．](?=\D))");
        if (m.Success)
        {
            label = label[m.Length..];
        }

        return TextNormalizer.Key(label).TrimEnd('为', '是', '达', '：', ':', '=', '约', '≈');
    }

    private static bool IsFormulaChar(char c) => c is '=' or '＝' or '≈' or ' ' or '(' or ')' or '（' or '）' or '/' or '÷' or '×' or '*' or '+' or '-' or '%' or '％';

    private string Expand(string label)
    {
        var key = TextNormalizer.Key(label);
        if (_year is { } y)
        {
            key = key.Replace("{year-1}", (y - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{year}", y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return key.Contains('{', StringComparison.Ordinal) ? string.Empty : key;
    }

    private static bool Fits(string? unit, string? kind) => kind switch
    {
        null => true,
        "%" => Units.IsPercent(unit),
        "amount" => Units.IsAmount(unit),
        "score" => unit is null or "分",
        "count" => unit is null or "个" or "项" or "次" or "人" or "名" or "家" or "宗" or "份" or "条",
        _ => unit == kind,
    };

    private static ResolvedInput FromQuantity(string name, string label, Quantity q)
    {
        var figure = new Figure(label, q.Value, q.Number.Text, q.Unit, q.Evidence)
        {
            Decimals = q.Number.Decimals,
            ValueYuan = Units.YuanFactor(q.Unit) is { } f ? q.Value * f : null,
            Origin = q.Passage.InTable ? "table" : "text",
        };
        return new ResolvedInput(name, Units.Normalise(q.Interval(), q.Unit), figure);
    }
}
