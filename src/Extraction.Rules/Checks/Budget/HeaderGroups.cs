namespace Extraction.Rules.Checks.Budget;

/// <summary>Total-and-parts groups of an amount table's header: siblings whose first amount column is a total
/// (合计/小计/…) and the rest its parts. A sibling that has a total of its own stands for that total; a group whose
/// columns are split again (预算数/决算数) pairs the splits by name. Only groups of a total and at least two parts.</summary>
internal static class HeaderGroups
{
    public static IReadOnlyList<(int Total, IReadOnlyList<int> Parts)> Of(LedgerTable table)
    {
        var groups = new List<(int, IReadOnlyList<int>)>();
        Visit(table, table.Header, groups);
        return groups;
    }

    private static void Visit(LedgerTable table, IReadOnlyList<HeaderNode> siblings, List<(int, IReadOnlyList<int>)> groups)
    {
        var kids = siblings.Where(k => HasAmount(table, k)).ToArray();
        if (kids.Length >= 3 && kids[0].IsTotal && !kids.Skip(1).Any(k => k.IsTotal))
        {
            Add(table, kids, groups);
        }

        foreach (var node in siblings)
        {
            Visit(table, node.Children, groups);
        }
    }

    private static void Add(LedgerTable table, HeaderNode[] kids, List<(int, IReadOnlyList<int>)> groups)
    {
        var total = Leaves(table, kids[0]);
        var parts = kids.Skip(1).Select(k => Leaves(table, k)).ToArray();
        if (total is null || parts.Any(p => p is null || p.Count != total.Count))
        {
            return;
        }

        foreach (var (dim, column) in total)
        {
            var columns = new List<int>();
            foreach (var part in parts)
            {
                var match = total.Count == 1 ? part![0] : part!.FirstOrDefault(p => p.Dim == dim);
                if (match.Dim is null)
                {
                    return;
                }

                columns.Add(match.Column);
            }

            groups.Add((column, columns));
        }
    }

    /// <summary>The amount columns a header node stands for: its own column, its total child's, or its split columns by name.</summary>
    private static List<(string Dim, int Column)>? Leaves(LedgerTable table, HeaderNode node)
    {
        if (node.IsLeaf)
        {
            return node.First == node.Last && table.AmountColumns[node.First] ? [(string.Empty, node.First)] : null;
        }

        var kids = node.Children.Where(k => HasAmount(table, k)).ToArray();
        if (kids.Length == 0)
        {
            return null;
        }

        if (kids[0].IsTotal)
        {
            return Leaves(table, kids[0]);
        }

        return kids.All(k => k.IsLeaf && k.First == k.Last) && kids.Select(k => k.Key).Distinct().Count() == kids.Length
            ? kids.Select(k => (k.Key, k.First)).ToList()
            : null;
    }

    private static bool HasAmount(LedgerTable table, HeaderNode node)
    {
        for (var c = node.First; c <= node.Last && c < table.ColumnCount; c++)
        {
            if (table.AmountColumns[c])
            {
                return true;
            }
        }

        return false;
    }
}
