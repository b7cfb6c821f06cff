using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Facts;
using Extraction.Rules.Numbers;

namespace Extraction.Rules.Checks;

/// <summary>Two mentions of one quantity (linked by the fact linker) whose printed intervals do not meet:
/// text_text_mismatch, text_table_mismatch or table_table_mismatch by where they are, unit_mismatch when reading one
/// in the other money unit reconciles them. A conflict is not reported when the vaguer mention (no scope or period
/// stated) agrees with another mention whose qualifiers differ from the conflicting one's (it meant that one: a
/// narrative amount beside a table's 预算数 and 决算数), or with another cell of the conflicting cell's table (two cells of
/// one table are two quantities: "资金执行率97.96%" is the 合计 row's 97.96%, not the 基本支出 row's 97.98%). One finding
/// per group and pair of values.</summary>
public sealed class SameFactCheck : ICheck
{
    private const double Sure = 0.8;

    /// <summary>Every check name the findings carry (by where the two mentions are).</summary>
    public static IReadOnlyList<string> Names { get; } = [CheckNames.TextText, CheckNames.TextTable, CheckNames.TableTable, CheckNames.Unit];

    public string Name => CheckNames.TextText;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var facts = context.Facts.Facts;
        var agreeing = context.Facts.Links.Where(l => l.Agree).ToArray();
        var reported = new HashSet<(int, decimal, decimal)>();
        foreach (var link in context.Facts.Links.Where(l => !l.Agree).OrderByDescending(l => l.Confidence).ThenBy(l => l.A).ThenBy(l => l.B))
        {
            var (a, b) = (facts[link.A], facts[link.B]);
            if (MeantAnother(a, b, facts, agreeing) || MeantAnother(b, a, facts, agreeing))
            {
                continue;
            }

            // One in the last place apart (a conflict only because a restated print copies its digits) with a cell, while
            // the other repeats another cell digit for digit: it restates that one, and the two cells differ as two
            // tables' rows may (a 类 row summed from rounded rows in one, rounded from 元 in the other).
            if (FactValues.Of(a).Meets(FactValues.Of(b)) && (Restates(a, b, facts, agreeing) || Restates(b, a, facts, agreeing)))
            {
                continue;
            }

            var (va, vb) = (FactValues.Of(a).Mid, FactValues.Of(b).Mid);
            if (!reported.Add((a.Group, Math.Min(va, vb), Math.Max(va, vb))))
            {
                continue;
            }

            yield return Make(a, b, link);
        }
    }

    private static bool MeantAnother(Fact vague, Fact other, IReadOnlyList<Fact> facts, IEnumerable<FactLink> agreeing)
    {
        foreach (var l in agreeing)
        {
            var c = l.A == vague.Id ? facts[l.B] : l.B == vague.Id ? facts[l.A] : null;
            if (c is null || c.Id == other.Id)
            {
                continue;
            }

            if ((vague.Scope is null && c.Scope != other.Scope) || (vague.Period is null && c.Period != other.Period)
                || (c.Origin == "cell" && other.Origin == "cell" && c.Evidence.Cell?.Table == other.Evidence.Cell?.Table))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only between cells: a sentence or formula restating a cell must still copy its digits.</summary>
    private static bool Restates(Fact x, Fact other, IReadOnlyList<Fact> facts, IEnumerable<FactLink> agreeing) =>
        other.Origin == "cell" && agreeing.Select(l => l.A == x.Id ? facts[l.B] : l.B == x.Id ? facts[l.A] : null)
            .Any(c => c is not null && c.Id != other.Id && c.Origin == "cell" && FactValues.Of(c).Mid == FactValues.Of(x).Mid);

    private static Finding Make(Fact a, Fact b, FactLink link)
    {
        if (a.Origin == "cell" && b.Origin != "cell")
        {
            // The sentence states, the table is what it is held to (as every text-against-table finding reads).
            (a, b) = (b, a);
        }

        // Linked already: a three-digit unit slip is what linked a sentence to its cell (RuleLinkScorer.SureUnitSlip).
        var unit = FactValues.UnitSlip(a, b) || ((a.Origin == "cell") != (b.Origin == "cell") && FactValues.UnitSlip(a, b, 3));
        var check = unit ? CheckNames.Unit
            : a.Origin == "cell" && b.Origin == "cell" ? CheckNames.TableTable
            : a.Origin == "cell" || b.Origin == "cell" ? CheckNames.TextTable
            : CheckNames.TextText;
        var (ia, ib) = (FactValues.Of(a), FactValues.Of(b));
        var percent = Units.IsPercent(a.Unit);
        var severity = unit ? Severity.Error : FindingFactory.ByGap(ia.Gap(ib), Math.Max(Math.Abs(ia.Mid), Math.Abs(ib.Mid)), percent);
        if (link.Confidence < Sure && severity > Severity.Warning)
        {
            severity = Severity.Warning;
        }

        var message = FactMessages.Mismatch(a, b, unit);
        // Computed: the other mention in this one's unit, so the difference reads in one unit.
        var other = Units.YuanFactor(a.Unit) is { } fa && Units.YuanFactor(b.Unit) is { } fb ? b.Value * fb / fa : b.Value;
        return FindingFactory.Make(check, severity, message, [a.Evidence, b.Evidence], a.Value, other,
            relation: FindingFactory.Same(a.Text, b.Text), convention: link.Reason);
    }
}
