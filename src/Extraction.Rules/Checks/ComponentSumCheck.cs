using System.Text.RegularExpressions;
using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>"X万元，其中A万元、B万元" (or "X万元，按支出性质分，A万元…；B万元…") — the components the text lists after 其中
/// (or a breakdown by one classification) against their total.
/// A list may be partial, so a shortfall is flagged only when the components come close to the total
/// (≥ 2/3 of it: the author meant them to add up); an excess is always flagged. Components labelled as
/// deductions (折旧, 摊销, 减…) are subtracted.</summary>
public sealed partial class ComponentSumCheck : ICheck
{
    private static readonly string[] Deductions = ["折旧", "摊销", "减", "扣除", "核销"];

    /// <summary>Changes against another year are not parts of the total.</summary>
    private static readonly string[] Changes = ["增加", "减少", "增长", "下降", "比上年", "较上年", "同比", "上年", "增幅", "降幅"];

    private static readonly HashSet<string?> Counts = ["个", "项", "家", "次", "宗", "份", "所", "户", "名", "件", "场"];

    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Passages)
        {
            var text = passage.Text;
            var quantities = view.Quantities(passage);
            var sentences = Passages.Sentences(text, splitAtSemicolon: false).ToArray();
            var markers = new List<int>();
            for (var k = text.IndexOf("其中", StringComparison.Ordinal); k >= 0; k = text.IndexOf("其中", k + 2, StringComparison.Ordinal))
            {
                markers.Add(k);
            }

            // A breakdown by a classification ("按支出性质分，A…；B…") is a partition of the amount before it, as 其中 is.
            markers.AddRange(ListParent.Breakdown().Matches(text).Select(m => m.Index));
            var reported = new HashSet<(decimal?, decimal?)>();
            foreach (var k in markers.Distinct().Order())
            {
                var finding = Check(passage, quantities, sentences, k);
                // "T万元，按经济分类分，其中：A…" is one list read from both markers.
                if (finding is not null && reported.Add((finding.Stated, finding.Computed)))
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Check(Passage passage, IReadOnlyList<Quantity> quantities, (int Start, int End)[] sentences, int k)
    {
        var text = passage.Text;
        var s = Array.FindIndex(sentences, x => x.Start <= k && k < x.End);
        if (s < 0)
        {
            return null;
        }

        var (sStart, sEnd) = sentences[s];
        var lead = text[sStart..k].Trim().TrimEnd('：', ':', '，', ',');
        var totalFrom = lead.Length == 0 && s > 0 ? sentences[s - 1].Start : sStart;
        // A 其中 opening its own sentence breaks down a level stated before, never a change against another year: a
        // sentence of changes only ("收入X万元。同比增加C万元，增长p%。其中：…") is about the level before it. Within one
        // sentence "比上年增加C万元，其中：…" may split C.
        var levelsOnly = lead.Length == 0;
        var totalTo = k;
        if (levelsOnly && s > 1 && IsChangesOnly(text, quantities, sentences[s - 1]))
        {
            (totalFrom, totalTo) = (sentences[s - 2].Start, sentences[s - 1].Start);
        }

        // Amounts and head counts; lists of other counts (项, 个) in reports nest and overlap too freely, so they
        // are held to their total only when one printed number is a typing slip away from making it.
        var total = quantities.LastOrDefault(q => q.Start >= totalFrom && q.End <= totalTo && q.Kind is "amount" or "人")
            ?? quantities.LastOrDefault(q => q.Start >= totalFrom && q.End <= totalTo && Counts.Contains(q.Unit));
        // The last amount before such a 其中 being a change, which level the list breaks down is not said (a partial
        // list of a level looks the same as a slip): no total, no check.
        if (total is null || (levelsOnly && IsChange(text, total, totalFrom)))
        {
            return null;
        }

        var strict = total.Kind is "amount" or "人";

        var stop = ListEnd(text, k, sEnd);
        var components = quantities.Where(q => q.Start > k && q.End <= stop && q.Kind == total.Kind && (total.Kind == "amount" || q.Unit == total.Unit)).ToArray();
        if (components.Length == 0)
        {
            return null;
        }

        var signed = new List<Interval>();
        var terms = new List<string>();
        var previousEnd = k;
        var parts = new List<Quantity>();
        var labels = new List<string>();
        foreach (var c in components)
        {
            var label = text[previousEnd..c.Start];
            var cut = label.LastIndexOfAny(['，', ',', '、', '；', ';', '：', ':']);
            label = cut >= 0 ? label[(cut + 1)..] : label;
            if (Changes.Any(w => label.Contains(w, StringComparison.Ordinal)))
            {
                previousEnd = c.End;
                continue;
            }

            parts.Add(c);
            labels.Add(label);
            var negative = Deductions.Any(d => label.Contains(d, StringComparison.Ordinal));
            signed.Add(negative ? c.Counted().Negate() : c.Counted());
            terms.Add((negative ? "-" : "+") + c.Printed);
            previousEnd = c.End;
        }

        // An income and an expenditure ("其中，基本养老保险费收入A亿元；支出B亿元") are two sides of an account, never
        // parts of one whole: the list breaks down two levels stated before, not the amount just before it.
        if (labels.Any(l => l.Contains("收入", StringComparison.Ordinal)) && labels.Any(l => l.Contains("支出", StringComparison.Ordinal)))
        {
            return null;
        }

        var sum = Interval.Sum(signed);
        var whole = total.Counted();
        var running = Interval.Point(0m);
        var prefixMeets = false;
        foreach (var term in signed)
        {
            running += term;
            prefixMeets |= running.Meets(whole);
        }

        if (parts.Count == 0 || sum.Meets(whole) || prefixMeets)
        {
            // A leading run that already makes the total: the sentence goes on about something else.
            return null;
        }

        if (UnitSlip(total, parts, signed, whole) is { } slip)
        {
            return slip;
        }

        var factor = Units.YuanFactor(total.Unit) ?? 1m;
        var formula = string.Join(string.Empty, terms).TrimStart('+');
        // A part as large as the whole next to other parts, or a list far short of the total, is no partition the
        // text asserts — unless one printed number is a typing slip away from making the list add up.
        var ambiguous = (parts.Count > 1 && parts.Any(p => p.Counted().Lo >= whole.Lo && p.Value != 0))
            || ((parts.Count == 1 || sum.Hi < whole.Lo * 2m / 3m) && sum.Lo <= whole.Hi);
        if ((ambiguous || !strict) && !(parts.Count > 1 && Slip(total, parts, signed, whole, strict ? 2 : 3)))
        {
            return null;
        }

        var computed = (sum.Mid / factor).Round2();
        var gap = sum.Gap(whole) / factor;
        return FindingFactory.Make(
            Name,
            FindingFactory.ByGap(gap, total.Value, percent: false),
            Msg.Of("finding.component_sum", ("computed", computed.Show() + total.Unit), ("stated", total.Printed)),
            [total.Evidence],
            total.Value,
            computed,
            tolerance: (whole.Width + sum.Width) / 2 / factor,
            relation: FindingFactory.Relation(formula, computed.Show() + total.Unit, total.Printed));
    }

    /// <summary>A change against another year ("增加189.25万元", "同比减收C万元"): the verb of change ends the number's
    /// clause label. Such an amount is never the whole a 其中 list breaks down.</summary>
    private static bool IsChange(string text, Quantity q, int floor)
    {
        var label = text[floor..q.Start];
        var cut = label.LastIndexOfAny(['，', ',', '、', '；', ';', '：', ':', '。']);
        return ChangeVerb().IsMatch(cut >= 0 ? label[(cut + 1)..] : label);
    }

    /// <summary>A sentence whose amounts and percentages are all changes ("同比上年度增加189.25万元，增加31.39%").</summary>
    private static bool IsChangesOnly(string text, IReadOnlyList<Quantity> quantities, (int Start, int End) sentence)
    {
        var inside = quantities.Where(q => q.Start >= sentence.Start && q.End <= sentence.End).ToArray();
        return inside.Length > 0 && inside.All(q => IsChange(text, q, sentence.Start));
    }

    [GeneratedRegex(@"(?:增加|减少|增长|下降|增收|减收|增支|减支|增幅|降幅|提高|降低)(?:了|额)?(?:为|达)?\s*$")]
    private static partial Regex ChangeVerb();

    /// <summary>The total or one part misprinted by one digit, a swap of two adjacent digits, or a digit dropped or
    /// doubled (four or more significant digits): the value the other
    /// numbers imply for it is that slip away from the printed one.</summary>
    private static bool Slip(Quantity total, List<Quantity> parts, List<Interval> signed, Interval whole, int minDigits)
    {
        var sum = Interval.Sum(signed);
        var factor = Units.YuanFactor(total.Unit) ?? 1m;
        // Head counts are exact: the count a list implies is one number, so a dropped digit of a three-digit count
        // (在职人员126人 printed 12人) is as telling as one of a four-digit amount.
        var insertionDigits = total.Kind == "人" ? 3 : 4;
        if (Misprint.Explains(total.Value, total.Number.Decimals, sum.Scale(1m / factor), minDigits, insertions: true, insertionDigits))
        {
            return true;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var rest = Interval.Sum(signed.Where((_, j) => j != i));
            var implied = whole - rest;
            var partFactor = Units.YuanFactor(parts[i].Unit) ?? 1m;
            var own = signed[i].Lo < 0 ? implied.Negate() : implied;
            if (Misprint.Explains(parts[i].Value, parts[i].Number.Decimals, own.Scale(1m / partFactor), minDigits, insertions: true, insertionDigits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An amount whose unit is off by 万 (元 for 万元 or the reverse): the list adds up once that one
    /// number is read in the other unit.</summary>
    private Finding? UnitSlip(Quantity total, List<Quantity> parts, List<Interval> signed, Interval whole)
    {
        if (total.Kind != "amount")
        {
            return null;
        }

        var sum = Interval.Sum(signed);
        // Parts printed as 0 ("其中：购置支出0万元") meet any tiny amount: a unit read otherwise proves nothing there.
        if (parts.All(p => p.Value == 0m) || total.Value == 0m)
        {
            return null;
        }

        foreach (var (q, index) in parts.Select((p, i) => (p, i)).Prepend((total, -1)))
        {
            var other = q.Unit switch
            {
                "元" => 10_000m,
                "万元" or "万" => 0.0001m,
                _ => 0m,
            };
            if (other == 0m || q.Value == 0m)
            {
                continue;
            }

            var meets = index < 0
                ? sum.Meets(whole.Scale(other))
                : (sum - signed[index] + signed[index].Scale(other)).Meets(whole);
            if (!meets)
            {
                continue;
            }

            var unit = other > 1m ? "万元" : "元";
            return FindingFactory.Make(CheckNames.Unit, Severity.Error,
                Msg.Of("finding.component_unit", ("stated", total.Printed), ("part", q.Printed), ("unit", unit)),
                [total.Evidence, q.Evidence], q.Value, q.Value,
                relation: Msg.Of("relation.parts_with", ("stated", total.Printed), ("part", q.Number.Text + unit)), impact: Impact.None);
        }

        return null;
    }

    /// <summary>The list runs to the end of the sentence, or to a "；" that starts a new 其中 statement.</summary>
    private static int ListEnd(string text, int k, int sentenceEnd)
    {
        var from = k + 2;
        while (true)
        {
            var semi = text.IndexOfAny(['；', ';'], from);
            if (semi < 0 || semi >= sentenceEnd)
            {
                return sentenceEnd;
            }

            var next = text.IndexOfAny(['；', ';'], semi + 1);
            var clauseEnd = next < 0 || next > sentenceEnd ? sentenceEnd : next;
            if (text[semi..clauseEnd].Contains("其中", StringComparison.Ordinal))
            {
                return semi;
            }

            from = semi + 1;
        }
    }
}
