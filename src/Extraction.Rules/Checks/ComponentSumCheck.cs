using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>"X万元，其中A万元、B万元" — the components the text lists after 其中 against their total.
/// A list may be partial, so a shortfall is flagged only when the components come close to the total
/// (≥ 2/3 of it: the author meant them to add up); an excess is always flagged. Components labelled as
/// deductions (折旧, 摊销, 减…) are subtracted.</summary>
public sealed class ComponentSumCheck : ICheck
{
    private static readonly string[] Deductions = ["折旧", "摊销", "减", "扣除", "核销"];

    /// <summary>Changes against another year are not parts of the total.</summary>
    private static readonly string[] Changes = ["增加", "减少", "增长", "下降", "比上年", "较上年", "同比", "上年", "增幅", "降幅"];

    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        foreach (var passage in Passages.Of(context.Document))
        {
            var text = passage.Text;
            var quantities = NumberScanner.Scan(passage);
            var sentences = Passages.Sentences(text, splitAtSemicolon: false).ToArray();
            for (var k = text.IndexOf("其中", StringComparison.Ordinal); k >= 0; k = text.IndexOf("其中", k + 2, StringComparison.Ordinal))
            {
                var finding = Check(passage, quantities, sentences, k);
                if (finding is not null)
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
        // Amounts and head counts: lists of other counts (项, 个) in reports nest and overlap too freely.
        var total = quantities.LastOrDefault(q => q.Start >= totalFrom && q.End <= k && q.Kind is "amount" or "人");
        if (total is null)
        {
            return null;
        }

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
            var negative = Deductions.Any(d => label.Contains(d, StringComparison.Ordinal));
            signed.Add(negative ? c.Normalised().Negate() : c.Normalised());
            terms.Add((negative ? "-" : "+") + c.Printed);
            previousEnd = c.End;
        }

        var sum = Interval.Sum(signed);
        var whole = total.Normalised();
        var running = Interval.Point(0m);
        var prefixMeets = false;
        foreach (var term in signed)
        {
            running += term;
            prefixMeets |= running.Meets(whole);
        }

        if (parts.Count == 0 || sum.Meets(whole) || prefixMeets || (parts.Count > 1 && parts.Any(p => p.Normalised().Lo >= whole.Lo && p.Value != 0)))
        {
            // A leading run that already makes the total (the sentence goes on about something else), or a part
            // as large as the whole next to other parts: not a partition the text asserts.
            // A part as large as the whole next to other parts: not a partition the text asserts.
            return null;
        }

        var factor = Units.YuanFactor(total.Unit) ?? 1m;
        var relation = $"{total.Printed} = {string.Join(" ", terms).TrimStart('+')}";
        if (parts.Count == 1 || sum.Hi < whole.Lo * 2m / 3m)
        {
            // A single component, or a list far short of the total: only an excess is certain.
            if (sum.Lo <= whole.Hi)
            {
                return null;
            }
        }

        var computed = (sum.Mid / factor).Round2();
        var gap = sum.Gap(whole) / factor;
        return FindingFactory.Make(
            Name,
            FindingFactory.ByGap(gap, total.Value, percent: false),
            $"the components listed after 其中 add up to {computed.Show()}{total.Unit}, not the stated total {total.Printed}",
            [total.Evidence],
            total.Value,
            computed,
            tolerance: (whole.Width + sum.Width) / 2 / factor,
            relation: relation);
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
