using System.Text.RegularExpressions;
using Extraction.Analysis.Figures;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.Facts;

/// <summary>Reads every quantity of one paragraph or prose cell as a fact. Sentences split on 。；！？ and line
/// breaks, clauses on ，：. A number's label is the text since the clause start or the previous number; a count
/// followed by its noun ("9个赛事") is that noun, the words before it its category; a number without words of its
/// own shares the previous one's ("培训6期120人次", "一类赛9个赛事36个赛项"). The period is the last year or period
/// named in the sentence up to the number, the scope the nearest scope word of the label, else of its clause, else of
/// the sentence's opening words. Numbers after 其中 are parts of the last quantity stated before it.</summary>
internal static partial class TextFactReader
{
    private const int MaxQuote = 160;
    private const int MaxNoun = 6;

    public static void Read(string text, FactPlace place, FactSink sink)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var norm = TextNormalizer.ToHalfWidth(text);
        Fact? lastOfPrevious = null;
        var sentence = 0;
        foreach (var (ss, se) in TextFigureReader.Split(norm, 0, norm.Length, SentenceEnd()))
        {
            lastOfPrevious = ReadSentence(text, norm, ss, se, place, sentence++, lastOfPrevious, sink) ?? lastOfPrevious;
        }
    }

    private static Fact? ReadSentence(string text, string norm, int ss, int se, FactPlace place, int sentence, Fact? lastOfPrevious, FactSink sink)
    {
        var quote = text[ss..se].Trim();
        var formulas = FormulaScanner.Scan(norm, ss, se).ToArray();
        var firstNumber = int.MaxValue;
        Fact? last = null;
        Fact? whole = null;
        FactKeys.Key? previous = null;
        // The organisation a sentence opens with is what its later figures are of too ("税务部门完成A万元，占任务数的p%"):
        // two such sentences about two departments state two quantities, not one printed twice.
        string? subject = null;
        var partsFrom = OpensWithParts(norm, ss, se) && lastOfPrevious is not null ? ss : int.MaxValue;
        if (partsFrom == ss)
        {
            whole = lastOfPrevious;
        }

        foreach (var f in formulas)
        {
            var names = FormulaNames.Of(norm, ss, f.Start, f.ResultStart);
            foreach (var (operand, index) in f.Operands.Select((o, i) => (o, i)))
            {
                var unnamed = Make(place, "formula", string.Empty, new FactKeys.Key(string.Empty, string.Empty, null, null), operand, null, quote, f.Start, f.ResultStart, sentence) with { Category = "算式" };
                var name = names is not null && names.Count == f.Operands.Count ? names[index] : null;
                sink.Add(name is null ? unnamed : Named(unnamed, name, sink) ?? unnamed);
            }
        }

        foreach (var (cs, ce) in TextFigureReader.Split(norm, ss, se, ClauseEnd()))
        {
            var numbers = Numbers(norm, cs, ce).Where(n => !formulas.Any(f => n.Start >= f.Start && n.Start < f.ResultStart)).ToArray();
            var clauseQuote = quote.Length <= MaxQuote ? quote : text[cs..ce].Trim();
            var regionStart = cs;
            string? category = null;
            var partsHere = norm.IndexOf("其中", cs, ce - cs, StringComparison.Ordinal);
            if (partsHere >= 0 && partsFrom == int.MaxValue && last is not null)
            {
                partsFrom = partsHere;
                whole = last;
            }

            var rule = RuleClause(norm, cs, ce, numbers);
            foreach (var n in numbers)
            {
                firstNumber = Math.Min(firstNumber, n.Start);
                var formula = formulas.FirstOrDefault(f => f.ResultStart <= n.Start && n.Start < f.End);
                var labelEnd = formula?.Start ?? n.Start;
                var region = norm[Math.Min(regionStart, labelEnd)..labelEnd];
                var noun = Classifier(n.Unit) ? Noun(norm, n.End, ce) : null;
                var key = FactKeys.Read(region, norm[ss..labelEnd]);
                var opening = firstNumber < int.MaxValue ? norm[ss..Math.Min(firstNumber, labelEnd)] : string.Empty;
                if (FactKeys.ScopeOf(region) is null && FactKeys.ScopeOf(norm[cs..labelEnd]) is null)
                {
                    key = key with { Scope = previous?.Scope ?? FactKeys.ScopeOf(opening) };
                }

                var ownCategory = category;
                if (noun is not null)
                {
                    ownCategory = key.Measure.Length > 0 ? key.Measure : category;
                    key = key with { Measure = noun, Core = FactKeys.CoreOf(noun) };
                    category = ownCategory;
                }
                else if (key.Measure.Length == 0 && previous is not null)
                {
                    key = key with { Measure = previous.Measure, Core = previous.Core };
                }

                var entity = subject;
                if (FactKeys.Entity(key.Measure) is { } named)
                {
                    entity = subject = named.Name;
                    key = key with { Measure = named.Remainder, Core = named.Remainder.Length == 0 ? (key.Scope is null ? string.Empty : FactKeys.Overall) : FactKeys.CoreOf(named.Remainder) };
                }

                regionStart = noun is null ? n.End : n.End + noun.Length;
                if (!PrintedNumber.TryParse(n.Number, out var value))
                {
                    continue;
                }

                var origin = formula is not null ? "formula" : place.Origin;
                if (rule || Threshold(region, norm, n.End, ce))
                {
                    ownCategory = Thresholds;
                }

                var fact = Make(place, origin, LabelRules.Clean(region), key, value, n.Unit, clauseQuote, n.Start, n.End, sentence) with
                {
                    Category = ownCategory,
                    Entity = entity,
                    Approximate = Approximate(region, norm, n.End, ce),
                    PartOf = n.Start > partsFrom && whole is not null && Comparable(whole.Unit, n.Unit) ? whole.Id : null,
                };
                last = sink.Add(fact);
                previous = key;
            }
        }

        return last;
    }

    /// <summary>A formula's operand the words of the formula name ("全年执行数÷全年预算数×100%=4528.87÷5426.39×100%"): a
    /// mention of that quantity like any other. Without a printed unit it is in the unit of the last fact of the same
    /// measure, of the same scope if any (marked assumed: never evidence of a unit slip); a name of generic words only without a scope,
    /// or one no earlier fact gives a unit, leaves the operand unnamed.</summary>
    private static Fact? Named(Fact operand, FormulaNames.Named name, FactSink sink)
    {
        var key = FactKeys.Read(name.Name, name.Name);
        // 总额 names the overall amount of a scope (全年预算数, 全年执行数): only with the scope stated.
        if (key.Core.Length < 2 || (key.Core == FactKeys.Overall && key.Scope is null))
        {
            return null;
        }

        var earlier = sink.Facts.Where(f => f.Core == key.Core && f.Unit is not null && f.Category is null).ToArray();
        var unit = name.Unit ?? (earlier.LastOrDefault(f => f.Scope == key.Scope) ?? earlier.LastOrDefault())?.Unit;
        if (unit is null)
        {
            return null;
        }

        return operand with
        {
            Measure = key.Measure,
            Core = key.Core,
            Label = name.Name,
            Scope = key.Scope,
            Unit = unit,
            Text = operand.Text + (name.Unit ?? string.Empty),
            ValueYuan = Units.YuanFactor(unit) is { } factor ? operand.Value * factor : null,
            UnitAssumed = name.Unit is null,
            Category = null,
        };
    }

    private static Fact Make(FactPlace place, string origin, string label, FactKeys.Key key, PrintedNumber value, string? unit, string quote, int start, int end, int sentence) =>
        new(0, key.Measure, value.Value, value.Decimals, unit, origin, new Evidence(place.Page, quote) { Box = place.Box, Cell = place.Cell, Confidence = place.Confidence })
        {
            Text = value.Text + unit,
            Core = key.Core,
            Label = label,
            Period = key.Period,
            Scope = key.Scope,
            ValueYuan = Units.YuanFactor(unit) is { } factor ? value.Value * factor : null,
            Start = start,
            End = end,
            Block = place.Block,
            Section = place.Section,
            Sentence = sentence,
            TableTitle = place.TableTitle,
            RowHeader = place.RowHeader,
            ColumnHeader = place.ColumnHeader,
        };

    /// <summary>Numbers with units, and counts in 期 ("培训6期") the figure scanner leaves out as ordinals.</summary>
    private static IEnumerable<NumberMatch> Numbers(string norm, int start, int end)
    {
        var found = Figures.NumberScanner.Scan(norm, start, end).Where(n => n.Unit is not null).ToList();
        foreach (Match m in Periods().Matches(norm[..end], start))
        {
            var g = m.Groups["n"];
            found.Add(new NumberMatch(g.Index, m.Index + m.Length, g.Value, "期", g.Index + g.Length));
        }

        return found.OrderBy(n => n.Start);
    }

    private static bool Classifier(string? unit) => unit is "个" or "项" or "场" or "期" or "次" or "件" or "家" or "名" or "户" or "套" or "台" or "辆" or "座" or "篇" or "册" or "宗" or "份" or "批次";

    /// <summary>The noun a count is of, printed right after its classifier ("9个赛事"), or null.</summary>
    private static string? Noun(string norm, int from, int end)
    {
        var i = from;
        while (i < end && i - from < MaxNoun && IsCjk(norm[i]) && !"的和及与或等未已均都全被由在中共".Contains(norm[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i - from >= 2 ? norm[from..i] : null;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool Comparable(string? a, string? b) =>
        (Units.YuanFactor(a) is not null && Units.YuanFactor(b) is not null) || (a is not null && a == b);

    private static bool OpensWithParts(string norm, int ss, int se)
    {
        var head = norm[ss..Math.Min(se, ss + 4)].TrimStart();
        return head.StartsWith("其中", StringComparison.Ordinal);
    }

    /// <summary>A bound, not a quantity: "≤-10%", "不低于95%", "90%以上" (criteria and targets' limits).</summary>
    private static bool Threshold(string region, string norm, int end, int clauseEnd)
    {
        var r = region.TrimEnd();
        if (r.Length > 0 && r[^1] is '≤' or '≥' or '<' or '>' or '＜' or '＞' or '≦' or '≧')
        {
            return true;
        }

        foreach (var word in BoundWords)
        {
            if (r.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var rest = norm[end..clauseEnd].TrimStart();
        return rest.StartsWith("以上", StringComparison.Ordinal) || rest.StartsWith("以下", StringComparison.Ordinal) || rest.StartsWith("以内", StringComparison.Ordinal)
            || rest.StartsWith("(含)", StringComparison.Ordinal) || rest.StartsWith("及以上", StringComparison.Ordinal) || rest.StartsWith("的", StringComparison.Ordinal);
    }

    /// <summary>A scoring band, not a statement: points awarded ("得3.20分", "得满分4分") after a bound or a range in the
    /// same clause ("80%以下得1.60分", "90%-95%（含90%）得3.20分"). Every number of it is a rule's parameter: criteria
    /// cells of two indicators print the same band words with other points, which are no two mentions of one quantity.</summary>
    private static bool RuleClause(string norm, int cs, int ce, IReadOnlyList<NumberMatch> numbers)
    {
        var bound = false;
        var previousEnd = cs;
        for (var i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            var region = norm[Math.Min(previousEnd, n.Start)..n.Start];
            if (bound && n.Unit == "分" && PointsLabel().IsMatch(region))
            {
                return true;
            }

            bound |= Threshold(region, norm, n.End, ce) || InRange(norm, numbers, i);
            previousEnd = n.End;
        }

        return false;
    }

    /// <summary>An end of a printed range "90%-95%", "80～90%", "90%至95%" (a dash read as a minus sign included).</summary>
    private static bool InRange(string norm, IReadOnlyList<NumberMatch> numbers, int i) =>
        (i + 1 < numbers.Count && Joined(norm, numbers[i], numbers[i + 1])) || (i > 0 && Joined(norm, numbers[i - 1], numbers[i]));

    private static bool Joined(string norm, NumberMatch first, NumberMatch second)
    {
        if (second.Start < first.End)
        {
            return false;
        }

        var between = norm[first.End..second.Start].Trim();
        return between is "-" or "~" or "～" or "—" or "–" or "至" or "到" or "－" || (between.Length == 0 && second.Number.StartsWith('-'));
    }

    private static readonly string[] BoundWords = ["不低于", "不高于", "不超过", "不少于", "不多于", "低于", "高于", "大于", "小于", "超过", "未达到", "达到", "每", "每个", "每项", "扣"];

    /// <summary>The category of bounds and unit prices, which are never linked as mentions of a quantity.</summary>
    public const string Thresholds = "阈值";

    private static bool Approximate(string region, string norm, int end, int clauseEnd)
    {
        var r = region.TrimEnd();
        if (r.EndsWith('约') || r.EndsWith('≈') || r.EndsWith("约为", StringComparison.Ordinal) || r.EndsWith('近') || r.EndsWith("大约", StringComparison.Ordinal))
        {
            return true;
        }

        var rest = norm[end..clauseEnd].TrimStart();
        return rest.StartsWith("左右", StringComparison.Ordinal) || rest.StartsWith("上下", StringComparison.Ordinal) || rest.StartsWith("余", StringComparison.Ordinal) || rest.StartsWith("多", StringComparison.Ordinal);
    }

    /// <summary>The words before a band's points: "…的得", "得满分", "）得", "扣".</summary>
    [GeneratedRegex(@"(?:得|得满分|记|计|给予|扣|扣除)\s*$")]
    private static partial Regex PointsLabel();

    [GeneratedRegex(@"[。；;！!？?\n]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[，,：:](?!\d{3}(?:\D|$))")]
    private static partial Regex ClauseEnd();

    /// <summary>"培训6期", "举办3期": a count in 期, not "第6期" nor a date.</summary>
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])(?<![第])(?<n>\d{1,4})期(?![间末初限内])")]
    private static partial Regex Periods();
}
