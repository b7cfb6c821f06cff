using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>Stated shares and rates against the amounts they are stated of: "A万元，占总收入的x%" (the whole is
/// the amount the text labels with the same word), "合计T万元，其中：A万元，占x%；B万元，占y%" and "支出T万元，主要用于以下方面：
/// A万元，占x%" (the whole is the parent the list hangs on), and a clause with exactly two amounts followed by a
/// "…率 x%" (either direction; a/b − 1 for 变动率/增长率; a change amount "增加B万元" is <see cref="ChangeRateCheck"/>'s),
/// and a 得分率 after a weight and a score in 分.</summary>
public sealed class ShareCheck : ICheck
{
    private static readonly string[] ChangeWords = ["变动", "增长", "增幅", "变化", "下降", "降幅"];

    public string Name => CheckNames.Ratio;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Passages)
        {
            var quantities = view.Quantities(passage);
            foreach (var q in quantities.Where(q => q.Unit == "%"))
            {
                var finding = Share(passage, quantities, q) ?? Rate(passage, quantities, q);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Share(Passage passage, IReadOnlyList<Quantity> quantities, Quantity pct)
    {
        var text = passage.Text;
        var zhan = text.LastIndexOf('占', pct.Start);
        if (zhan < 0 || pct.Start - zhan > 12)
        {
            return null;
        }

        var obj = text[(zhan + 1)..pct.Start].Replace("的", string.Empty, StringComparison.Ordinal).Replace("比例", string.Empty, StringComparison.Ordinal)
            .Replace("比重", string.Empty, StringComparison.Ordinal).Replace("为", string.Empty, StringComparison.Ordinal).Replace("比", string.Empty, StringComparison.Ordinal).Trim();
        var part = quantities.LastOrDefault(x => x.End <= zhan && x.Kind is not null && x.Kind != "%");
        if (part is null || zhan - part.End > 6)
        {
            return null;
        }

        // "增收10304万元，税收收入占地方财政收入66.19%": a subject named before 占 is the part's label, so the part is the
        // amount it labels ("税收收入完成66342万元"), not the change amount printed last; none found, no share is read.
        if (Subject(text[part.End..zhan]) is { } subject)
        {
            part = quantities.LastOrDefault(x => x.End <= zhan && x.Kind == part.Kind && !ChangeRateCheck.IsChangeAmount(x)
                && x.Before(16).Contains(subject, StringComparison.Ordinal));
            if (part is null)
            {
                return null;
            }
        }
        else if (ChangeRateCheck.IsChangeAmount(part))
        {
            return null;
        }

        // "占总收入的x%" names the whole; a bare "占x%" is a share of the parent the list hangs on.
        var whole = obj.Length >= 2
            ? (part.Kind == "amount" ? quantities.LastOrDefault(x => x.End <= part.Start && x.Kind == "amount" && x.Before(12).Contains(obj, StringComparison.Ordinal)) : null)
            : obj.Length == 0 ? ListParent.Of(text, quantities, part) : null;
        // A bare "占x%" part larger than the list's parent means the list is no partition; a whole the text names
        // ("占总收入的") stays the whole, so a part above it is a misprint of one of them.
        if (whole is null || (obj.Length == 0 && whole.Normalised().Hi < part.Normalised().Lo))
        {
            return null;
        }

        var ratio = Interval.Divide(part.Normalised(), whole.Normalised());
        return ratio is null ? null : Verdict(pct, ratio.Value.Scale(100m), $"{part.Printed}÷{whole.Printed}×100%", [part, whole]);
    }

    /// <summary>The words between a part and its 占, when they name something (two or more letters after punctuation
    /// and connectives are dropped): "，税收收入" → 税收收入; "，" or "，其中" → null.</summary>
    private static string? Subject(string between)
    {
        var words = new string(between.Where(char.IsLetter).ToArray());
        foreach (var filler in SubjectFillers)
        {
            words = words.Replace(filler, string.Empty, StringComparison.Ordinal);
        }

        return words.Length >= 2 && !ChangeWords.Any(w => words.Contains(w, StringComparison.Ordinal)) ? words : null;
    }

    private static readonly string[] SubjectFillers = ["其中", "分别", "约", "共", "合计", "总计", "此项", "该项", "为", "已", "均", "各"];

    private Finding? Rate(Passage passage, IReadOnlyList<Quantity> quantities, Quantity pct)
    {
        if (TwoAmountRate(passage, quantities, pct) is not { } found)
        {
            return null;
        }

        var (label, amounts) = found;
        var a = Operand(amounts[0]);
        var b = Operand(amounts[1]);
        var change = ChangeWords.Any(w => label.Contains(w, StringComparison.Ordinal));
        // When the labels say which amount is achieved and which the base ("在用固定资产总额" of "固定资产总额"), only
        // that direction is read: the other one can absorb a misprint (8120.9 / 8135.9 prints as 99.81 % too).
        var firstOverSecond = change ? null : Rates.OperandRoles.FirstIsNumerator(ClauseLabel.Of(amounts[0]), ClauseLabel.Of(amounts[1]), Rates.OperandRoles.HeadOf(label));
        var candidates = new List<(Interval Value, string Relation)>();
        foreach (var (x, y, nx, ny) in new[] { (a, b, amounts[0], amounts[1]), (b, a, amounts[1], amounts[0]) }
                     .Where((_, i) => firstOverSecond is null || firstOverSecond == (i == 0)))
        {
            if (Interval.Divide(x, y) is not { } r)
            {
                continue;
            }

            candidates.Add(change
                ? (r.Shift(-1m).Scale(100m), $"（{nx.Printed}−{ny.Printed}）÷{ny.Printed}×100%")
                : (r.Scale(100m), $"{nx.Printed}÷{ny.Printed}×100%"));
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var verdicts = candidates.Select(c => (c, v: FindingFactory.Compare(c.Value, pct.Value, pct.Number.Decimals, true, pct.Value))).ToArray();
        if (verdicts.Any(v => v.v is null))
        {
            return null;
        }

        var best = verdicts.OrderBy(v => v.v!.Value.Severity).ThenBy(v => Interval.HalfUp(pct.Value, pct.Number.Decimals).Gap(v.c.Value)).First();
        return Verdict(pct, best.c.Value, best.c.Relation, amounts);
    }

    /// <summary>The shape this check reads as a rate: a "…率 x%" whose clause (back to the sentence start or the previous
    /// percentage) holds exactly two amounts, neither a change amount. Returns the rate's label and the two amounts.</summary>
    internal static (string Label, Quantity[] Amounts)? TwoAmountRate(Passage passage, IReadOnlyList<Quantity> quantities, Quantity pct)
    {
        var label = pct.Before(14);
        var cut = Math.Max(label.LastIndexOf('，'), label.LastIndexOf(','));
        label = cut >= 0 ? label[(cut + 1)..] : label;
        if (!label.Contains('率', StringComparison.Ordinal) || label.Contains('占', StringComparison.Ordinal))
        {
            return null;
        }

        var (start, _) = Passages.Sentences(passage.Text).First(s => s.Start <= pct.Start && pct.Start < s.End);
        var previousPct = quantities.LastOrDefault(x => x.Unit == "%" && x.End <= pct.Start && x.Start >= start);
        var from = previousPct?.End ?? start;
        var amounts = quantities.Where(x => x.Start >= from && x.End <= pct.Start).ToArray();
        // A 得分率 is a score over a weight: its clause holds two numbers in 分 ("满分32分，实际得分27.76分，得分率86.65%").
        var kind = label.Contains("得分率", StringComparison.Ordinal) ? "分" : "amount";
        return amounts.Length != 2 || amounts.Any(a => a.Kind != kind) || amounts.Any(ChangeRateCheck.IsChangeAmount)
            ? null
            : (label, amounts);
    }

    /// <summary>An amount in 元; a weight or score in 分 as printed (whole points are exact).</summary>
    private static Interval Operand(Quantity q) => q.Kind == "分" ? ScoreIntervals.Of(q.Number) : q.Normalised();

    private Finding? Verdict(Quantity pct, Interval computed, string relation, IReadOnlyList<Quantity> operands)
    {
        var verdict = FindingFactory.Compare(computed, pct.Value, pct.Number.Decimals, percent: true, pct.Value);
        if (verdict is null)
        {
            return null;
        }

        var value = computed.Mid.Round2();
        return FindingFactory.Make(
            Name,
            verdict.Value.Severity,
            Msg.Of("finding.share", ("stated", pct.Printed), ("computed", value.Show() + "%")),
            [pct.Evidence, .. operands.Select(o => o.Evidence)],
            pct.Value,
            value,
            tolerance: Interval.Unit(pct.Number.Decimals) / 2,
            relation: FindingFactory.Relation(relation, value.Show() + "%", pct.Printed),
            convention: verdict.Value.Convention);
    }
}
