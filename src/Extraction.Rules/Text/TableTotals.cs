using System.Text.RegularExpressions;
using Extraction.Model;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Text;

/// <summary>The totals an amount table prints, keyed by the table's subject (its title without year, 部门, 决算/预算 and 表:
/// "收入支出决算总表" → "收入支出总") and the total's name: a row label (总计, 本年收入合计, 人员经费合计 …) or, on the
/// 合计 row, a column header (合计, 基本支出, 项目支出). Tables without a printed unit (单位：万元) are left out; a table
/// that follows another with no line between continues it (page break).</summary>
public static partial class TableTotals
{
    public sealed record Total(string Scope, string Name, Interval Yuan, string Printed, string Unit, Evidence Evidence);

    private static readonly HashSet<string> RowTotals = ["总计", "合计", "本年收入合计", "本年支出合计", "人员经费合计", "公用经费合计", "收入总计", "支出总计"];

    [GeneratedRegex(@"单位[:：]\s*(?<u>亿元|万元|千元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年度?)?(?:区级|市级|县级)?(?:部门)?")]
    private static partial Regex TitlePrefix();

    [GeneratedRegex(@"(?:决算|预算)(?<z>总)?表$")]
    private static partial Regex TitleSuffix();

    public static IReadOnlyList<Total> Of(Document document)
    {
        var totals = new List<Total>();
        var recent = new List<string>();
        var tableIndex = 0;
        string? previousTitle = null;
        string? previousUnit = null;
        foreach (var block in document.Blocks)
        {
            if (block is Paragraph p)
            {
                recent.Add(TextNormalizer.Key(p.Text));
                continue;
            }

            if (block is not Table table)
            {
                continue;
            }

            var index = tableIndex++;
            var title = table.Caption is { } caption ? TextNormalizer.Key(caption) : recent.LastOrDefault(IsTitle);
            var unit = recent.Concat(table.Cells.Where(c => c.Row == 0).Select(c => TextNormalizer.Key(c.Text)))
                .Select(t => UnitLine().Match(t)).LastOrDefault(m => m.Success)?.Groups["u"].Value;
            if (recent.Count == 0 && title is null && unit is null)
            {
                // A table right after another, with no line between, is its continuation over a page break.
                (title, unit) = (previousTitle, previousUnit);
            }

            (previousTitle, previousUnit) = (title, unit);
            recent.Clear();
            if (title is null || unit is null)
            {
                continue;
            }

            totals.AddRange(Read(table, index, Scope(title), unit));
        }

        return totals;
    }

    private static bool IsTitle(string key) => key.Length is > 2 and <= 40 && key.EndsWith('表') && !key.StartsWith('注') && !key.Contains('，');

    internal static string Scope(string title)
    {
        var core = TitleSuffix().Replace(title, m => m.Groups["z"].Value);
        core = core.EndsWith('表') ? core[..^1] : core;
        return TitlePrefix().Replace(core, string.Empty);
    }

    private static IEnumerable<Total> Read(Table table, int index, string scope, string unit)
    {
        var grid = table.ToGrid();
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.ColumnCount; c++)
            {
                var cell = grid[r, c];
                if (cell is null || cell.Column != c || cell.Row != r || !RowTotals.Contains(TextNormalizer.Key(cell.Text)))
                {
                    continue;
                }

                var name = TextNormalizer.Key(cell.Text);
                var first = true;
                for (var k = cell.LastColumn + 1; k < table.ColumnCount; k++)
                {
                    var right = grid[r, k];
                    if (right is null || right.Column != k || string.IsNullOrWhiteSpace(right.Text))
                    {
                        continue;
                    }

                    if (!PrintedNumber.TryParse(right.Text, out var n))
                    {
                        break;
                    }

                    var evidence = new Evidence(right.Provenance.Page, $"{cell.Text.Trim()} {right.Text.Trim()}") { Box = right.Provenance.Box, Confidence = right.Provenance.Confidence, Cell = new CellRef(index, r, k) };
                    var yuan = Units.Normalise(Interval.HalfUp(n.Value, n.Decimals), unit);
                    if (first)
                    {
                        yield return new Total(scope, name, yuan, n.Text, unit, evidence);
                        first = false;
                    }

                    // The 合计 row of a table with column heads gives each column's total.
                    if (name == "合计" && ColumnHead(grid, r, k) is { } head)
                    {
                        yield return new Total(scope, head, yuan, n.Text, unit, evidence);
                    }
                }
            }
        }
    }

    private static string? ColumnHead(TableCell?[,] grid, int row, int column)
    {
        for (var r = row - 1; r >= 0; r--)
        {
            if (grid[r, column] is { } cell && !string.IsNullOrWhiteSpace(cell.Text) && !PrintedNumber.TryParse(cell.Text, out _))
            {
                var key = TextNormalizer.Key(cell.Text);
                return key is "合计" or "基本支出" or "项目支出" or "本年收入合计" or "本年支出合计" or "人员经费" or "公用经费" ? key : null;
            }
        }

        return null;
    }
}
