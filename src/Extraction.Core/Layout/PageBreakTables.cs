using Extraction.Model;
using Extraction.Text;

namespace Extraction.Layout;

/// <summary>Makes the parts of a ruled table continued over page breaks read as one table: the last table of a
/// page and the first of the next, with nothing but page furniture (page numbers, running titles) between them,
/// the same left and right edges and compatible column boundaries, get the same columns (<see cref="ColumnBounds"/>),
/// a row the break cut in two becomes whole again on the earlier page (<see cref="SplitRow"/>), and header rows left
/// alone at the foot of a page move to their body (<see cref="StrandedHeader"/>); a row of a table without rules cut by
/// the break is joined by its text (<see cref="BorderlessTail"/>). Tables stay
/// one per page (each keeps its page and boxes); readers downstream join parts with the same columns.</summary>
public static class PageBreakTables
{
    /// <summary>Least tolerance (points) for "the same x"; wider tables allow 1 % of their width.</summary>
    private const double MinTolerance = 3.0;

    /// <summary>Page furniture between two parts: at most this many short paragraphs on each side.</summary>
    private const int MaxFurniture = 4;

    private const int MaxFurnitureLength = 40;

    /// <summary>The pages with continued tables aligned and split rows joined. <paramref name="rims"/> holds the
    /// ruling facts of the tables built from rules (by reference); other tables are left alone.</summary>
    public static IReadOnlyList<Page> Join(IReadOnlyList<Page> pages, IReadOnlyDictionary<Table, TableRims> rims)
    {
        var blocks = pages.Select(p => p.Blocks.ToArray()).ToArray();
        var chains = Chains(blocks, rims);

        // Tables without rules continued over a break: a row the break cut is told by its text alone. Before the ruled
        // chains are applied, while every table built from rules is still the one in rims.
        var tails = BorderlessTail.Join(blocks, rims, OnlyFurniture);
        foreach (var chain in chains)
        {
            Apply(chain, blocks);
        }

        if (chains.Count == 0 && !tails)
        {
            return pages;
        }

        return pages.Select((p, i) => p with { Blocks = blocks[i].Where(b => b is not null).ToList() }).ToList();
    }

    private static List<List<Part>> Chains(Block?[][] blocks, IReadOnlyDictionary<Table, TableRims> rims)
    {
        var chains = new List<List<Part>>();
        List<Part>? chain = null;
        IReadOnlyList<double> union = [];
        for (var p = 0; p < blocks.Length; p++)
        {
            var first = Array.FindIndex(blocks[p], b => b is Table);
            if (chain is not null && first >= 0 && blocks[p][first] is Table next && rims.TryGetValue(next, out var nextRims)
                && OnlyFurniture(blocks[p].Take(first)) && Widen(union, nextRims.ColumnBounds) is { } widened)
            {
                chain.Add(new Part(p, first, next, nextRims));
                union = widened;
            }
            else
            {
                Close(chain, chains);
                chain = null;
            }

            var last = Array.FindLastIndex(blocks[p], b => b is Table);
            var endsPage = last >= 0 && OnlyFurniture(blocks[p].Skip(last + 1));
            if (!endsPage || blocks[p][last] is not Table table || !rims.TryGetValue(table, out var tableRims))
            {
                Close(chain, chains);
                chain = null;
            }
            else if (chain is null || chain[^1].Page != p || chain[^1].Index != last)
            {
                Close(chain, chains);
                chain = [new Part(p, last, table, tableRims)];
                union = tableRims.ColumnBounds;
            }
        }

        Close(chain, chains);
        return chains;
    }

    private static void Close(List<Part>? chain, List<List<Part>> chains)
    {
        if (chain is { Count: > 1 })
        {
            chains.Add(chain);
        }
    }

    /// <summary>The chain's boundaries after adding a part: the finer of the two when one fits the other.</summary>
    private static IReadOnlyList<double>? Widen(IReadOnlyList<double> union, IReadOnlyList<double> bounds)
    {
        if (union.Count < 2 || bounds.Count < 2)
        {
            return null;
        }

        var tolerance = Tolerance(union);
        if (ColumnBounds.Fits(bounds, union, tolerance))
        {
            return union;
        }

        return ColumnBounds.Fits(union, bounds, tolerance) ? bounds : null;
    }

    private static double Tolerance(IReadOnlyList<double> bounds) => Math.Max(MinTolerance, 0.01 * (bounds[^1] - bounds[0]));

    private static void Apply(List<Part> chain, Block?[][] blocks)
    {
        var fine = chain.Select(p => p.Rims.ColumnBounds).MaxBy(b => b.Count)!;
        var tolerance = Tolerance(fine);
        foreach (var part in chain)
        {
            if (part.Table is { } table && table.ColumnCount != fine.Count - 1
                && ColumnBounds.Regrid(table, part.Rims, fine, tolerance) is { } regridded)
            {
                (part.Table, part.Rims) = regridded;
            }
        }

        if (chain[0].Table is { } head && chain[1].Table is { } body && head.ColumnCount == body.ColumnCount
            && StrandedHeader.IsStranded(head))
        {
            (chain[0].Table, chain[1].Table) = (null, StrandedHeader.MoveDown(head, body));
        }

        // A header repeated without a rule under it shares its boxes with the first row: split it off, and such a part
        // was not cut inside its first row.
        var repeated = new HashSet<Part>();
        for (var i = 1; i < chain.Count; i++)
        {
            if (chain[0].Table is { } first && chain[i].Table is { } part && RepeatedHeader.Split(first, part) is { } split)
            {
                chain[i].Table = split;
                repeated.Add(chain[i]);
            }
        }

        // Split rows only where the table's own top is ruled: a producer that leaves outer borders open
        // everywhere would otherwise have every page's first row glued to the last row before it.
        var outerRuled = chain[0].Rims.TopRuled.All(r => r);
        for (var i = 1; i < chain.Count && outerRuled; i++)
        {
            var (before, after) = (chain[i - 1], chain[i]);
            if (before.Table is { } upper && after.Table is { } lower && !repeated.Contains(after)
                && (SplitRow.IsSplit(before.Rims, after.Rims) || SplitRow.IsTail(upper, lower))
                && SplitRow.Merge(upper, lower) is { } merged)
            {
                (before.Table, after.Table) = merged;
            }
        }

        foreach (var part in chain.SkipWhile(p => p.Table is null).Skip(1).Where(p => p.Table?.ColumnCount == fine.Count - 1))
        {
            part.Table = part.Table! with { ContinuesPrevious = true };
        }

        foreach (var part in chain)
        {
            blocks[part.Page][part.Index] = part.Table;
        }
    }

    /// <summary>Whether the blocks between two parts are only page furniture: a few short paragraphs, no heading
    /// and no table title.</summary>
    private static bool OnlyFurniture(IEnumerable<Block?> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            if (block is null)
            {
                continue;
            }

            if (++count > MaxFurniture
                || block is not Paragraph { HeadingLevel: null } paragraph
                || TextNormalizer.Key(paragraph.Text) is var key && (key.Length > MaxFurnitureLength || key.EndsWith('表')))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Part(int page, int index, Table table, TableRims rims)
    {
        public int Page { get; } = page;

        public int Index { get; } = index;

        public Table? Table { get; set; } = table;

        public TableRims Rims { get; set; } = rims;
    }
}
