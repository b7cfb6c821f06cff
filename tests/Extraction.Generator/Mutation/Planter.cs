using Extraction.Generator.Build;
using Extraction.Generator.Model;
using Extraction.Generator.Truth;

namespace Extraction.Generator.Mutation;

/// <summary>Plants one error in a generated document, aimed at a relation kind (or at a group of mentions of one
/// quantity): picks a mention taking part, changes it the way people do, and keeps the change only when it breaks
/// something beyond rounding (checked with <see cref="RelationEvaluator"/>), so every planted error is findable.</summary>
public static class Planter
{
    public const string SameQuantity = "same_quantity";

    private static readonly Dictionary<string, string[]> ChecksByKind = new()
    {
        ["sum"] = ["sum_mismatch", "total_mismatch", "table_table_mismatch"],
        ["weight_sum"] = ["weight_sum_mismatch", "sum_mismatch", "total_mismatch"],
        ["score_total"] = ["total_mismatch", "sum_mismatch"],
        ["subtotal"] = ["sum_mismatch", "total_mismatch", "weight_sum_mismatch", "text_table_mismatch"],
        ["share"] = ["ratio_mismatch"],
        ["rate"] = ["ratio_mismatch", "formula_mismatch"],
        ["section_rate"] = ["ratio_mismatch", "text_table_mismatch"],
        ["change_rate"] = ["ratio_mismatch", "sum_mismatch"],
        ["average"] = ["average_mismatch"],
        ["formula"] = ["formula_mismatch", "ratio_mismatch", "sum_mismatch"],
        ["rescore"] = ["rescore_mismatch", "formula_mismatch"],
        ["score_bound"] = ["score_exceeds_weight"],
        ["grade"] = ["grade_mismatch"],
        ["list_sum"] = ["sum_mismatch", "total_mismatch"],
        ["part_whole"] = ["sum_mismatch", "ratio_mismatch"],
    };

    /// <summary>The relation kinds (and <see cref="SameQuantity"/>) this document offers a target for.</summary>
    public static IReadOnlyList<string> TargetKinds(GenDocument doc) =>
        [.. doc.Relations.Select(r => r.Kind).Distinct().Append(SameQuantity).Where(k => k != SameQuantity || Groups(doc).Any()).OrderBy(k => k, StringComparer.Ordinal)];

    public static (GenDocument Document, Planted Planted)? Plant(GenDocument doc, string targetKind, Draw d)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var (mentionId, op) = Choose(doc, targetKind, d);
            if (mentionId is null)
            {
                return null;
            }

            if (Change(doc, mentionId, op, targetKind, d) is { } planted)
            {
                return planted;
            }
        }

        return null;
    }

    /// <summary>Plants an error of one of <see cref="Kinds.FactShapes.Names"/>: a mention the document marked for that shape,
    /// changed so that the shape's own relation (list_sum, part_whole) or group (the others) breaks beyond rounding.
    /// A unit slip is only planted for the unit shape.</summary>
    public static (GenDocument Document, Planted Planted)? PlantShape(GenDocument doc, string shape, Draw d)
    {
        if (!doc.Shapes.TryGetValue(shape, out var ids) || ids.Count == 0)
        {
            return null;
        }

        // A table's total restated in the text is held to the table whatever the gap, so that shape is also given
        // another figure altogether, not only a slip.
        var ops = shape switch
        {
            "unit" => Operators.Numeric,
            "table_total" => ["other_value", "other_value", .. Operators.Numeric.Where(o => o != "unit_slip")],
            _ => [.. Operators.Numeric.Where(o => o != "unit_slip")],
        };
        for (var attempt = 0; attempt < 80; attempt++)
        {
            if (Change(doc, d.Pick(ids), d.Pick(ops), shape, d) is { } p
                && (shape is "list_sum" or "part_whole" ? p.Planted.BrokenKinds.Contains(shape) : p.Planted.BrokenGroups.Count > 0 && BeyondTruncation(doc, p.Document.Mentions[p.Planted.Mention])))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The changed mention meets no other mention of its quantity even when either is read as truncated (a gap
    /// only a truncation reading closes is an info finding by the domain's model, not an error to find).</summary>
    private static bool BeyondTruncation(GenDocument doc, Mention changed) =>
        doc.Mentions.Values.Where(x => x.Quantity == changed.Quantity && x.Id != changed.Id && x.At.Block >= 0).All(o =>
            !RelationEvaluator.Truncated(changed).Meets(RelationEvaluator.Of(o)) && !RelationEvaluator.Of(changed).Meets(RelationEvaluator.Truncated(o)));

    /// <summary>Changes mention <paramref name="mentionId"/> by <paramref name="op"/>; null when the operator does not apply
    /// or the change breaks nothing beyond rounding.</summary>
    private static (GenDocument Document, Planted Planted)? Change(GenDocument doc, string mentionId, string op, string targetKind, Draw d)
    {
        var m = doc.Mentions[mentionId];
        Mention changed;
        if (op == "wrong_grade")
        {
            var g = Operators.WrongGrade(m.Text, d);
            var index = Array.IndexOf(["优", "良", "中", "差"], g);
            changed = m with { Text = g, Number = g, Value = index };
        }
        else
        {
            var weight = doc.Relations.FirstOrDefault(r => r.Op == "le" && r.Result == m.Id) is { } le ? doc.Mentions[le.Operands[0]].Value : (decimal?)null;
            if (Operators.Apply(op, m, d, weight) is not { } applied || (applied.Number == m.Number && applied.Suffix == m.Suffix))
            {
                return null;
            }

            var unit = applied.Suffix is "元" or "万元" ? applied.Suffix : m.Unit;
            changed = m with
            {
                Number = applied.Number,
                Suffix = applied.Suffix,
                Text = applied.Number + applied.Suffix,
                Value = Numbers.Parse(applied.Number),
                Unit = unit,
                Decimals = Numbers.DecimalsOf(applied.Number),
            };
        }

        var mentions = new Dictionary<string, Mention>(doc.Mentions) { [m.Id] = changed };
        var broken = doc.Relations.Where(r => (r.Result == m.Id || r.Operands.Contains(m.Id)) && RelationEvaluator.Holds(doc.Mentions, r) && !RelationEvaluator.Holds(mentions, r)).ToList();
        var brokenGroups = GroupBroken(doc, m, changed) ? new[] { m.Quantity } : [];
        if (broken.Count == 0 && brokenGroups.Length == 0)
        {
            return null;
        }

        var checks = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var r in broken)
        {
            checks.UnionWith(ChecksByKind[r.Kind]);
        }

        if (brokenGroups.Length > 0)
        {
            checks.UnionWith(GroupChecks(doc, m));
        }

        if (op == "unit_slip")
        {
            checks.Add("unit_mismatch");
        }

        var touch = broken.SelectMany(r => r.Operands.Append(r.Result)).Append(m.Id)
            .Concat(brokenGroups.Length > 0 ? doc.Mentions.Values.Where(x => x.Quantity == m.Quantity).Select(x => x.Id) : [])
            .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        var planted = new Planted(m.Id, op, m.Origin, targetKind, m.Text, changed.Text, m.Value, changed.Value,
            [.. broken.Select(r => r.Id)], [.. broken.Select(r => r.Kind).Concat(brokenGroups.Length > 0 ? [SameQuantity] : []).Distinct()],
            brokenGroups, [.. checks], touch);
        return (doc with { Mentions = mentions }, planted);
    }

    /// <summary>Quantities printed more than once (the truth groups).</summary>
    public static IEnumerable<IGrouping<string, Mention>> Groups(GenDocument doc) =>
        doc.Mentions.Values.Where(m => m.At.Block >= 0).GroupBy(m => m.Quantity).Where(g => g.Count() > 1);

    private static (string? Mention, string Op) Choose(GenDocument doc, string targetKind, Draw d)
    {
        if (targetKind == SameQuantity)
        {
            var groups = Groups(doc).ToList();
            if (groups.Count == 0)
            {
                return (null, "");
            }

            var g = d.Pick(groups);
            var member = d.Pick(g.ToList());
            return (member.Id, member.Unit == "grade" ? "wrong_grade" : d.Pick(Operators.Numeric));
        }

        var relations = doc.Relations.Where(r => r.Kind == targetKind).ToList();
        if (relations.Count == 0)
        {
            return (null, "");
        }

        var relation = d.Pick(relations);
        return targetKind switch
        {
            "grade" => (relation.Result, "wrong_grade"),
            "score_bound" => (relation.Result, "score_above_weight"),
            "rescore" => (relation.Result, d.Chance(0.6) ? "off_criterion" : d.Pick(Operators.Numeric)),
            _ => (d.Pick(relation.Operands.Append(relation.Result).Where(id => doc.Mentions[id].Unit != "grade").ToList()), d.Pick(Operators.Numeric)),
        };
    }

    private static bool GroupBroken(GenDocument doc, Mention before, Mention after)
    {
        var others = doc.Mentions.Values.Where(x => x.Quantity == before.Quantity && x.Id != before.Id && x.At.Block >= 0).ToList();
        return others.Count > 0 && (after.Unit == "grade" ? after.Value != before.Value : others.All(o => !RelationEvaluator.Of(o).Meets(RelationEvaluator.Of(after))));
    }

    private static IEnumerable<string> GroupChecks(GenDocument doc, Mention m)
    {
        var others = doc.Mentions.Values.Where(x => x.Quantity == m.Quantity && x.Id != m.Id && x.At.Block >= 0).ToList();
        var inCell = m.Origin == "cell";
        foreach (var o in others)
        {
            var otherCell = o.Origin == "cell";
            yield return inCell && otherCell ? "table_table_mismatch" : inCell || otherCell ? "text_table_mismatch" : "text_text_mismatch";
            if (o.Unit != m.Unit)
            {
                yield return "unit_mismatch";
            }
        }

        if (m.Unit == "grade")
        {
            yield return "grade_mismatch";
        }

        // A changed total is also seen against the table's own sum.
        if (doc.Quantities[m.Quantity].Measure.Contains("总得分", StringComparison.Ordinal))
        {
            yield return "total_mismatch";
        }
    }
}
