using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>Growth rates against the amounts they are stated of. (1) "X A万元，比2023年度增加C万元，增长p%" (or "与2023年度相比，X减少C万元，
/// 下降p%" after a sentence stating X A万元): p = C / (A ∓ C). (2) "上年P万元，本年N万元，比上年增加p%": p = N / P − 1, the
/// earlier amount being the one whose label the 比… phrase repeats. A rate from a zero base (增长100%) is not checked.</summary>
public sealed partial class ChangeRateCheck : ICheck
{
    private const string Up = "增长|增加|上升|提高";

    [GeneratedRegex(@"(?<v>增长|增加|上升|提高|下降|减少|降低)了?(?:率|幅度|比例)?(?:为|是|达)?\s*$")]
    private static partial Regex RateVerb();

    [GeneratedRegex(@"(?:增长|增加|上升|提高|下降|减少|降低)了?(?:额)?(?:为|是|达)?\s*$")]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"(?:比|较)(?<label>[^，,。；;%]{1,24}?)(?:增长|增加|上升|提高|下降|减少|降低)了?(?:率|幅度|比例)?(?:为|是|达)?\s*$")]
    private static partial Regex Against();

    [GeneratedRegex(@"^\s*与[^，,。；;]{1,20}?相比\s*[，,]?(?<subject>[^，,。；;]*?)(?:增长|增加|上升|提高|下降|减少|降低)了?(?:额)?(?:为|是|达)?\s*$")]
    private static partial Regex ComparedWith();

    public string Name => CheckNames.Ratio;

    /// <summary>An amount stated as a change ("增加2.55万元"), not as a level.</summary>
    public static bool IsChangeAmount(Quantity q) => q.Kind == "amount" && ChangeVerb().IsMatch(q.Before(6));

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Narrative)
        {
            var quantities = view.Quantities(passage);
            foreach (var pct in quantities.Where(q => q.Unit == "%" && q.Value >= 0))
            {
                var verb = RateVerb().Match(pct.Before(10));
                if (!verb.Success)
                {
                    continue;
                }

                var up = IsUp(verb.Groups["v"].Value);
                var (start, _) = Passages.Sentences(passage.Text).First(s => s.Start <= pct.Start && pct.Start < s.End);
                var previous = quantities.LastOrDefault(q => q.End <= pct.Start && q.Start >= start);
                // "…增长率p%" after two levels is the share check's (it tries both directions); here only the verb forms.
                var finding = previous is not null && IsChangeAmount(previous) && !passage.Text[previous.End..pct.Start].Any(char.IsDigit)
                    ? FromChange(passage, quantities, pct, previous, up)
                    : verb.Value.Contains('率', StringComparison.Ordinal) ? null : FromLevels(passage, quantities, pct, start, up);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    private static bool IsUp(string verb) => Up.Split('|').Contains(verb);

    /// <summary>Whether a change amount ("增加2.55万元", "减少3.1万元") is stated as an increase.</summary>
    internal static bool IsIncrease(Quantity change) => IsUp(ChangeVerb().Match(change.Before(6)).Value.TrimEnd('了', '额', '为', '是', '达', ' '));

    private Finding? FromChange(Passage passage, IReadOnlyList<Quantity> quantities, Quantity pct, Quantity change, bool up)
    {
        if (IsIncrease(change) != up)
        {
            return null;
        }

        var levels = Levels(passage, quantities, change);
        if (levels is null)
        {
            return null;
        }

        if (levels.Base is { } stated)
        {
            // An ambiguous base is judged only when the current-level reading misses too.
            var fromBase = FromBase(pct, change, stated, levels.Current, up);
            return fromBase is not null && levels.Ambiguous && FromCurrent(pct, change, stated, up) is null ? null : fromBase;
        }

        var byCurrent = FromCurrent(pct, change, levels.Current!, up);
        // A change after a 其中 list may be its whole's: judged only when that reading misses too.
        return byCurrent is not null && levels.Whole is { } whole && FromCurrent(pct, change, whole, up) is null ? null : byCurrent;
    }

    /// <summary>p = C / (A ∓ C): the change stated of the current level A.</summary>
    private Finding? FromCurrent(Quantity pct, Quantity change, Quantity current, bool up)
    {
        var c = change.Normalised();
        var a = current.Normalised();
        var prior = up ? a - c : a + c;
        if (prior.Hi <= 0 || Interval.Divide(c, prior) is not { } rate)
        {
            return null;
        }

        var relation = $"{change.Printed}÷（{current.Printed}{(up ? "−" : "+")}{change.Printed}）×100%";
        return Verdict(pct, pct.Value, rate.Scale(100m), relation, [pct, change, current]);
    }

    /// <summary>"决算数A万元，年初预算B万元，比年初预算减少C万元，下降p%": the amount the 比… phrase names is the base, so
    /// p = C / B; with the current level A stated too, p is also (A − B) / B (the relation the numbers were made from),
    /// so a slip in A is seen. Either reading that misses is the finding (the change first).</summary>
    private Finding? FromBase(Quantity pct, Quantity change, Quantity @base, Quantity? current, bool up)
    {
        var b = @base.Normalised();
        if (b.Lo <= 0 || Interval.Divide(change.Normalised(), b) is not { } rate)
        {
            return null;
        }

        var byChange = Verdict(pct, pct.Value, rate.Scale(100m), $"{change.Printed}÷{@base.Printed}×100%", [pct, change, @base]);
        if (byChange is not null || current is null || Interval.Divide(current.Normalised() - b, b) is not { } growth)
        {
            return byChange;
        }

        var stated = up ? pct.Value : -pct.Value;
        return Verdict(pct, stated, growth.Scale(100m), $"（{current.Printed}−{@base.Printed}）÷{@base.Printed}×100%", [pct, current, @base]);
    }

    /// <summary>The levels a change is of. Before "比/较…" in its clause: the last amount is the base when its label
    /// repeats the 比… phrase's ("年初预算212.46万元，比年初预算减少…"; then an amount before it is the current level),
    /// else the current level ("支出184.65万元，比上年增加…"). After "与…相比，X增加": the previous sentence's amount
    /// labelled X, the current level.</summary>
    internal static ChangeLevels? Levels(Passage passage, IReadOnlyList<Quantity> quantities, Quantity change)
    {
        var text = passage.Text;
        var (start, _) = Passages.Sentences(text).First(s => s.Start <= change.Start && change.Start < s.End);
        var anchor = Math.Max(text.LastIndexOf('比', change.Start), text.LastIndexOf('较', change.Start));
        // "A元，占支出总预算p%，同比增加C元": the share between the level and its change is an aside about A.
        var asides = anchor >= start ? quantities.Where(q => q.Start >= start && q.End <= anchor && IsShareAside(text, q, start)).ToArray() : [];
        var levelBeforeAnchor = anchor >= start ? quantities.LastOrDefault(q => q.End <= anchor && q.Start >= start && !asides.Contains(q)) : null;
        if (anchor >= start && !(anchor > 0 && text[anchor - 1] == '相') && levelBeforeAnchor is not null)
        {
            var level = levelBeforeAnchor;
            if (level.Kind != change.Kind || IsChangeAmount(level) || DigitsBetween(text, level.End, anchor, asides))
            {
                return null;
            }

            var named = ChangeVerb().Match(text, anchor + 1, change.Start - anchor - 1);
            var label = named.Success ? text[(anchor + 1)..named.Index].Trim() : string.Empty;
            var levelLabel = ClauseLabel.Wide(level);
            // A phrase of ≥ 4 characters the level's label shares names it ("年初预算", "2023年度"); a short one it contains
            // ("上年") may be the base ("上年支出") or part of the current level's name ("上年结转"): both readings.
            var isBase = label.Length >= 4 && Common(levelLabel, label) >= 4;
            var maybeBase = !isBase && label.Length is >= 2 and < 4 && levelLabel.Contains(label, StringComparison.Ordinal);
            if (!isBase && !maybeBase)
            {
                return new ChangeLevels(level, null) { Whole = ListWhole(text, quantities, start, level) };
            }

            var before = quantities.Where(q => q.End <= level.Start && q.Start >= start).ToArray();
            var current = before.Length == 1 && before[0].Kind == level.Kind && !IsChangeAmount(before[0]) ? before[0] : null;
            return new ChangeLevels(current, level) { Ambiguous = maybeBase };
        }

        if (ByPeriod(quantities, change, start) is { } byPeriod)
        {
            return byPeriod;
        }

        var compared = ComparedWith().Match(text[start..change.Start]);
        var subject = compared.Success ? compared.Groups["subject"].Value.Trim() : string.Empty;
        if (subject.Length < 2)
        {
            return null;
        }

        var (previousStart, _) = Passages.Sentences(text, splitAtSemicolon: false).LastOrDefault(s => s.End < start);
        var stated = quantities.LastOrDefault(q => q.Start >= previousStart && q.End < start && q.Kind == change.Kind && !IsChangeAmount(q)
            && ClauseLabel.Wide(q).Contains(subject, StringComparison.Ordinal));
        return stated is null ? null : new ChangeLevels(stated, null);
    }

    /// <summary>The whole of the 其中 list a level closes: the last amount before the list's 其中 in the sentence.</summary>
    private static Quantity? ListWhole(string text, IReadOnlyList<Quantity> quantities, int start, Quantity level)
    {
        var marker = text.LastIndexOf("其中", level.Start, StringComparison.Ordinal);
        return marker < start ? null
            : quantities.LastOrDefault(q => q.Start >= start && q.End <= marker && q.Kind == level.Kind && !IsChangeAmount(q));
    }

    /// <summary>A percentage whose clause says what it is a share of ("占支出总预算10.73%").</summary>
    private static bool IsShareAside(string text, Quantity q, int floor)
    {
        if (q.Unit != "%")
        {
            return false;
        }

        var label = text[floor..q.Start];
        var cut = label.LastIndexOfAny(['，', ',', '；', ';', '。']);
        return (cut >= 0 ? label[(cut + 1)..] : label).Contains('占');
    }

    /// <summary>Whether a digit stands between two offsets outside the given quantities.</summary>
    private static bool DigitsBetween(string text, int from, int to, Quantity[] skipped)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsDigit(text[i]) && !skipped.Any(q => q.Start <= i && i < q.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"本年支出N万元，上年支出P万元，增加C万元" (no 比… phrase; "与上年相比，" or "同上年度比较，" before it): the
    /// sentence's two levels before the change, exactly one of them labelled as last year's (上年支出, 上年同期为), which is
    /// the base; the other is the current level. A carry-over (上年结转, 上年结余) is this year's money, not last year's level.</summary>
    private static ChangeLevels? ByPeriod(IReadOnlyList<Quantity> quantities, Quantity change, int start)
    {
        var before = quantities.Where(q => q.Start >= start && q.End <= change.Start && q.Kind == change.Kind).ToArray();
        if (before.Length != 2 || before.Any(IsChangeAmount))
        {
            return null;
        }

        var earlier = before.Select(q => Earlier(ClauseLabel.Wide(q))).ToArray();
        return earlier[0] == earlier[1] ? null : earlier[0] ? new ChangeLevels(before[1], before[0]) : new ChangeLevels(before[0], before[1]);
    }

    private static bool Earlier(string label) =>
        EarlierYear().IsMatch(label) && !label.Contains("结转", StringComparison.Ordinal) && !label.Contains("结余", StringComparison.Ordinal);

    [GeneratedRegex(@"上年|去年|上一年|前一年")]
    private static partial Regex EarlierYear();

    private Finding? FromLevels(Passage passage, IReadOnlyList<Quantity> quantities, Quantity pct, int start, bool up)
    {
        var text = passage.Text;
        var against = Against().Match(text[start..pct.Start]);
        if (!against.Success)
        {
            return null;
        }

        var anchor = start + against.Index;
        var earlierPct = quantities.LastOrDefault(q => q.Unit == "%" && q.End <= anchor && q.Start >= start);
        var from = earlierPct?.End ?? start;
        var levels = quantities.Where(q => q.Start >= from && q.End <= anchor).ToArray();
        if (levels.Length != 2 || levels.Any(q => q.Kind != "amount" || IsChangeAmount(q)) || quantities.Any(q => q.Start > anchor && q.End <= pct.Start))
        {
            return null;
        }

        var label = against.Groups["label"].Value;
        var scores = levels.Select(q => Common(ClauseLabel.Wide(q), label)).ToArray();
        var need = Math.Min(4, label.Length);
        var earlierIndex = scores[0] > scores[1] ? 0 : scores[1] > scores[0] ? 1 : -1;
        if (earlierIndex < 0 || scores[earlierIndex] < need)
        {
            return null;
        }

        var earlier = levels[earlierIndex];
        var later = levels[1 - earlierIndex];
        if (Interval.Divide(later.Normalised(), earlier.Normalised()) is not { } ratio)
        {
            return null;
        }

        var stated = up ? pct.Value : -pct.Value;
        var relation = $"（{later.Printed}−{earlier.Printed}）÷{earlier.Printed}×100%";
        return Verdict(pct, stated, ratio.Shift(-1m).Scale(100m), relation, [pct, later, earlier]);
    }

    /// <summary>Length of the longest common substring (labels are short: quadratic is fine).</summary>
    internal static int Common(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                var k = 0;
                while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k])
                {
                    k++;
                }

                best = Math.Max(best, k);
            }
        }

        return best;
    }

    private Finding? Verdict(Quantity pct, decimal stated, Interval computed, string relation, IReadOnlyList<Quantity> operands)
    {
        var verdict = FindingFactory.Compare(computed, stated, pct.Number.Decimals, percent: true, stated);
        if (verdict is null)
        {
            return null;
        }

        var value = computed.Mid.Round2();
        return FindingFactory.Make(Name, verdict.Value.Severity,
            Msg.Of("finding.change_rate", ("stated", pct.Printed), ("computed", value.Show() + "%")),
            operands.Select(o => o.Evidence), stated, value,
            tolerance: Interval.Unit(pct.Number.Decimals) / 2, relation: FindingFactory.Relation(relation, value.Show() + "%", Signed(stated, pct)), convention: verdict.Value.Convention);
    }

    /// <summary>The stated rate with the sign the text gives it (a 下降 of 5% is −5%).</summary>
    private static string Signed(decimal stated, Quantity pct) => stated < 0 ? "−" + pct.Printed : pct.Printed;
}
