using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Facts;

/// <summary>Links the facts of a document that are mentions of one quantity. Candidates share a measure core (equal,
/// contained, or alike by characters), or are a heading's amount and the first amount under it, or print the same
/// digits in two money units; never two numbers of one sentence or table, a part and its whole, formula operands or
/// two subject-coded rows (the amount-table checks' own). A scorer decides each candidate; linked facts share a group.</summary>
public sealed class FactLinker : IFactLinker
{
    private const double Threshold = 0.5;
    private const int MaxFacts = 20_000;
    private readonly ILinkScorer _scorer;

    /// <summary>The rules scorer: the learned one (<see cref="Learned"/>) wins slightly on held-out generated documents
    /// but links different quantities on the real documents (docs/rules.md), so the rules stay the default.</summary>
    public FactLinker()
        : this(new RuleLinkScorer())
    {
    }

    /// <summary>The linker with the bundled learned model (Facts/Model/linker.zip, loaded once), or null without it.</summary>
    public static FactLinker? Learned() => LinkModel.Model is { } model ? new FactLinker(new MlLinkScorer(model)) : null;

    internal FactLinker(ILinkScorer scorer) => _scorer = scorer;

    public FactGraph Link(IReadOnlyList<Fact> facts)
    {
        if (facts.Count > MaxFacts)
        {
            return new FactGraph(facts, []);
        }

        facts = AssumedUnits.Resolve(facts);
        var links = new List<FactLink>();
        var conflicts = new List<FactPair>();
        var agreeing = new List<FactPair>();
        foreach (var pair in Candidates(facts))
        {
            if (pair.Features.Meet == 0 && StatedBeside(facts, pair.A, pair.B))
            {
                continue;
            }

            var p = _scorer.Score(pair);
            if (p >= Threshold)
            {
                links.Add(new FactLink(pair.A.Id, pair.B.Id, p, Reason(pair), pair.Features.Meet > 0));
                if (pair.Features.Meet > 0)
                {
                    agreeing.Add(pair);
                }
            }
            else if (pair.Features.Meet == 0 && pair.Via == "measure")
            {
                conflicts.Add(pair);
            }
        }

        RoundingConvention(links, agreeing, conflicts);
        links.AddRange(RowLinks(facts, links, conflicts));
        return new FactGraph(Groups(facts, links), links);
    }

    /// <summary>An amount restated in another unit or precision meets its other mention either rounded half-up or
    /// truncated (FactValues.Meet accepts both: authors do both). A document shows which it does: an author who truncates
    /// never prints a restatement that only rounding explains, so where one or more do and a single one meets only
    /// truncated (452.90万元 for 4,529,074.36元, which rounds to 452.91), that one is no truncation but a misprint (四舍五入
    /// being the rule), and its link is scored again as a conflict. Two or more truncated ones leave the document's way
    /// open.</summary>
    private void RoundingConvention(List<FactLink> links, List<FactPair> agreeing, List<FactPair> conflicts)
    {
        var restated = agreeing.Where(p => p.Via == "measure" && Numbers.Units.IsAmount(p.A.Unit) && Numbers.Units.IsAmount(p.B.Unit)
            && (p.A.Unit != p.B.Unit || p.A.Decimals != p.B.Decimals)).ToArray();
        var rounded = restated.Count(p => FactValues.Of(p.A).Meets(FactValues.Of(p.B)) && !Truncated(p));
        var truncated = restated.Where(p => !FactValues.Of(p.A).Meets(FactValues.Of(p.B)) && Truncated(p)).ToArray();
        if (rounded < 1 || truncated is not [var pair])
        {
            return;
        }

        var conflict = pair with { Features = pair.Features with { Meet = 0 } };
        var p = _scorer.Score(conflict);
        links.RemoveAll(l => l.A == pair.A.Id && l.B == pair.B.Id);
        if (p >= Threshold)
        {
            links.Add(new FactLink(pair.A.Id, pair.B.Id, p, Reason(pair), false));
        }
        else
        {
            // A key the table prints in several rows (three 行政运行 rows): the row anchor may still single it out.
            conflicts.Add(conflict);
        }
    }

    /// <summary>The coarser print (万元 against 元, fewer decimals) read truncated meets the finer one: reading the finer
    /// print truncated moves it by less than the coarser's rounding and tells nothing.</summary>
    private static bool Truncated(FactPair p)
    {
        var (coarse, fine) = FactValues.Of(p.A).Width >= FactValues.Of(p.B).Width ? (p.A, p.B) : (p.B, p.A);
        return FactValues.Of(coarse, NumberReading.Truncated).Meets(FactValues.Of(fine));
    }

    /// <summary>A sentence that agrees with one row of a table is about that row: "行政运行（项）决算数为639.93万元，年初预算568.38万元"
    /// restates the 决算数 of the one 行政运行 row printing 6,399,279.81, so its 年初预算 is that row's 5,683,701.76 (568.37万元)
    /// misprinted, although the table has two 行政运行 rows (a key printed with many values names no single quantity
    /// otherwise). A conflict of the same measure core is scored again as a key of one value; the anchor must be the
    /// only row of its table the sentence agrees with for that core.</summary>
    private IEnumerable<FactLink> RowLinks(IReadOnlyList<Fact> facts, List<FactLink> links, List<FactPair> conflicts)
    {
        var anchors = new Dictionary<(int Block, int Sentence, string Core, int Table), HashSet<int>>();
        foreach (var link in links.Where(l => l.Agree))
        {
            var (a, b) = (facts[link.A], facts[link.B]);
            foreach (var (text, cell) in new[] { (a, b), (b, a) })
            {
                if (text.Evidence.Cell is null && cell.Evidence.Cell is { } at && text.Core.Length >= 2 && text.Core == cell.Core)
                {
                    var key = (text.Block, text.Sentence, text.Core, at.Table);
                    if (!anchors.TryGetValue(key, out var rows))
                    {
                        anchors[key] = rows = [];
                    }

                    rows.Add(at.Row);
                }
            }
        }

        foreach (var pair in conflicts)
        {
            var (text, cell) = pair.A.Evidence.Cell is null ? (pair.A, pair.B) : (pair.B, pair.A);
            if (text.Evidence.Cell is not null || cell.Evidence.Cell is not { } at
                || !anchors.TryGetValue((text.Block, text.Sentence, text.Core, at.Table), out var rows) || rows.Count != 1 || !rows.Contains(at.Row))
            {
                continue;
            }

            var p = _scorer.Score(pair with { Features = pair.Features with { Values = 2 } });
            if (p >= Threshold)
            {
                yield return new FactLink(pair.A.Id, pair.B.Id, p, FactMessages.RowReason(text, cell), false);
            }
        }
    }

    internal static IEnumerable<FactPair> Candidates(IReadOnlyList<Fact> facts)
    {
        var seen = new HashSet<(int, int)>();
        var usable = facts.Where(f => f.Category is not "算式" and not "阈值" && FactValues.Kind(f) is not null).ToArray();
        // First: a key a table prints once decides its pair before the misprint-shaped measure rule sees it.
        foreach (var pair in TotalPairs(usable, seen))
        {
            yield return pair;
        }

        var buckets = usable.Where(f => f.Core.Length >= 2).ToLookup(f => (FactValues.Kind(f), f.Core));
        foreach (var kind in usable.GroupBy(FactValues.Kind))
        {
            var byCore = kind.Where(f => f.Core.Length >= 2).GroupBy(f => f.Core).ToArray();
            for (var i = 0; i < byCore.Length; i++)
            {
                for (var j = i; j < byCore.Length; j++)
                {
                    if (i != j && !Alike(byCore[i].Key, byCore[j].Key))
                    {
                        continue;
                    }

                    foreach (var a in byCore[i])
                    {
                        foreach (var b in byCore[j])
                        {
                            if (a.Id < b.Id ? Eligible(a, b) && seen.Add((a.Id, b.Id)) : b.Id < a.Id && Eligible(b, a) && seen.Add((b.Id, a.Id)))
                            {
                                var (x, y) = a.Id < b.Id ? (a, b) : (b, a);
                                yield return new FactPair(x, y, PairFeaturizer.Of(x, y, false) with { Values = Values(buckets[(kind.Key, x.Core)].Concat(buckets[(kind.Key, y.Core)]), x, y) }, "measure");
                            }
                        }
                    }
                }
            }
        }

        foreach (var heading in usable.Where(f => f.Origin == "heading"))
        {
            var first = usable.FirstOrDefault(f => f.Id > heading.Id && f.Section == heading.Section && f.Block > heading.Block
                && f.Origin == "text" && FactValues.Kind(f) == FactValues.Kind(heading) && f.Scope != "变动" && f.PartOf is null);
            if (first is not null && seen.Add((heading.Id, first.Id)))
            {
                yield return new FactPair(heading, first, PairFeaturizer.Of(heading, first, true), "heading");
            }
        }

        var money = usable.Where(f => Numbers.Units.IsAmount(f.Unit) && Significant(f) >= 4).GroupBy(f => f.Value);
        foreach (var same in money)
        {
            var items = same.ToArray();
            for (var i = 0; i < items.Length; i++)
            {
                for (var j = i + 1; j < items.Length; j++)
                {
                    var (a, b) = items[i].Id < items[j].Id ? (items[i], items[j]) : (items[j], items[i]);
                    if (a.Unit != b.Unit && Numbers.Units.YuanFactor(a.Unit) != Numbers.Units.YuanFactor(b.Unit) && Eligible(a, b) && seen.Add((a.Id, b.Id)))
                    {
                        yield return new FactPair(a, b, PairFeaturizer.Of(a, b, false), "unit");
                    }
                }
            }
        }
    }

    /// <summary>A sentence's amount whose measure (exactly, not only its core: 收入支出 and 本年收入 share the core 收入) is a table total's — the 合计 of a table titled by that subject, or a
    /// row named "X合计" — is that total whatever the gap: a table prints its total once, so the key names one value and
    /// no misprint shape is needed (the narrative totals of a 决算 against its 收入支出决算总表). Taken only when no total of
    /// the key agrees with the sentence, every one the qualifiers allow prints one value (a 年初预算数 and a 决算数 column
    /// leave an unscoped sentence open), and the cell's unit is printed, not assumed.</summary>
    private static IEnumerable<FactPair> TotalPairs(IReadOnlyList<Fact> usable, HashSet<(int, int)> seen)
    {
        var totals = usable.Where(f => f.Total && f.Evidence.Cell is not null && !f.UnitAssumed && Numbers.Units.IsAmount(f.Unit)
            && f.Measure.Length >= 2).ToLookup(f => f.Measure);
        foreach (var text in usable.Where(f => f.Origin is "text" or "heading" && Numbers.Units.IsAmount(f.Unit) && f.Scope != "变动"))
        {
            // Pairs in document order, as every candidate is.
            var cells = totals[text.Measure].Select(c => text.Id < c.Id ? (A: text, B: c, Cell: c) : (A: c, B: text, Cell: c))
                .Select(x => (x.A, x.B, x.Cell, Features: PairFeaturizer.Of(x.A, x.B, false)))
                .Where(x => !x.Features.Conflict && Eligible(x.A, x.B))
                .ToArray();
            if (cells.Length == 0 || cells.Any(x => x.Features.Meet > 0)
                || cells.Select(x => FactValues.Of(x.Cell).Mid).Distinct().Count() != 1)
            {
                continue;
            }

            var (a, b, _, features) = cells[0];
            if (seen.Add((a.Id, b.Id)))
            {
                yield return new FactPair(a, b, features, "total");
            }
        }
    }

    /// <summary>How many distinct values the document prints for this key (facts of the two measures whose
    /// qualifiers are exactly one side's): a key printed with many values names no single quantity.</summary>
    private static float Values(IEnumerable<Fact> bucket, Fact a, Fact b)
    {
        // Values, not prints: 75,057,065.02元 and 7505.71万元 are one value printed twice.
        var distinct = new List<Fact>();
        foreach (var c in bucket.Where(c => SameQualifiers(c, a) || SameQualifiers(c, b)))
        {
            if (!distinct.Any(d => FactValues.Meet(d, c)))
            {
                distinct.Add(c);
            }
        }

        return distinct.Count;
    }

    /// <summary>Two values that do not meet, one of them printed in a sentence that also states the other's value for
    /// the same measure ("支出2.05万元，年初预算为2.95万元"): the author set both down on purpose, so neither is a
    /// misprint of the other (a real 三公经费 account drew a false text_text_mismatch 2.05 vs 2.95).</summary>
    private static bool StatedBeside(IReadOnlyList<Fact> facts, Fact a, Fact b)
    {
        foreach (var (x, y) in new[] { (a, b), (b, a) })
        {
            if (facts.Any(c => c.Id != x.Id && c.Id != y.Id && c.Block == y.Block && c.Sentence == y.Sentence && c.Origin == y.Origin
                && c.Evidence.Cell is null && (c.Core == x.Core || c.Core == y.Core) && FactValues.Meet(c, x)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameQualifiers(Fact c, Fact x) => c.Period == x.Period && c.Scope == x.Scope && c.Category == x.Category;

    private static int Significant(Fact f) => new string(f.Text.Where(char.IsAsciiDigit).ToArray()).Trim('0').Length;

    private static bool Eligible(Fact a, Fact b)
    {
        if (a.Block == b.Block && (a.Sentence == b.Sentence || a.Evidence.Cell is not null || b.Evidence.Cell is not null))
        {
            return false;
        }

        if (a.Coded && b.Coded)
        {
            return false;
        }

        // Two organisations named: two quantities (each bureau's own total).
        if (a.Entity is not null && b.Entity is not null && a.Entity != b.Entity)
        {
            return false;
        }

        // A bare rate ("得分率93.33%。" under "（一）投入指标（满分15分，得分14.00分）") is its section's: two sections' are two.
        if (a.Section != b.Section && BareRate(a) && BareRate(b))
        {
            return false;
        }

        // Drawn from a fund and put into it: two quantities.
        if (FlowDirection.Opposite(a.Label, b.Label))
        {
            return false;
        }

        return a.PartOf != b.Id && b.PartOf != a.Id;
    }

    /// <summary>A rate named by its kind alone (得分率, 执行率, 完成率), in a sentence: of whatever its section is about.</summary>
    private static bool BareRate(Fact f) => f.Origin is "text" or "heading" && f.Measure.Length <= 3 && f.Measure.EndsWith('率');

    private static bool Alike(string a, string b)
    {
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        // Chinese compounds put the head last: "日常办公" is a kind of 办公, so a two-character core the other ends with is alike.
        return (s.Length >= 3 && l.Contains(s, StringComparison.Ordinal)) || (s.Length >= 2 && l.EndsWith(s, StringComparison.Ordinal))
            || PairFeaturizer.Dice(a, b) >= 0.75;
    }

    private static Messages.Msg Reason(FactPair pair) => pair.Via switch
    {
        "heading" => FactMessages.HeadingReason(pair.A),
        "unit" => FactMessages.UnitReason(pair.A, pair.B),
        "total" => FactMessages.TotalReason(pair.A.Evidence.Cell is null ? pair.B : pair.A),
        _ => FactMessages.MeasureReason(pair.A, pair.B),
    };

    private static IReadOnlyList<Fact> Groups(IReadOnlyList<Fact> facts, List<FactLink> links)
    {
        var parent = Enumerable.Range(0, facts.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var link in links)
        {
            var (ra, rb) = (Find(link.A), Find(link.B));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return facts.Select(f => f with { Group = Find(f.Id) }).ToArray();
    }
}
