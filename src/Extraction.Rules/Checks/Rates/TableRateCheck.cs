using Extraction.Messages;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Checks.Rates;

/// <summary>A rate column of a table against the two columns its name relates: "指标名称 | 权重 | 指标得分 | 得分率" (得分率 =
/// 指标得分 / 权重) row by row; the same with the headers down the first column ("分值 / 得分 / 得分率" rows). The header
/// words give the roles (<see cref="OperandRoles"/>); a table with no single achieved and single base line beside a
/// 率 line is not read; with several base lines (年初预算数 and 全年预算数 beside 执行率) the rate misses only when it fits
/// none. The header is the first of the first rows naming a rate. Rate cells must print their % sign; cells that are not
/// plain numbers are skipped.</summary>
public sealed class TableRateCheck : ICheck
{
    public string Name => CheckNames.Ratio;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var tableIndex = 0;
        foreach (var table in context.Document.Blocks.OfType<Table>())
        {
            var cells = table.Cells.GroupBy(c => (c.Row, c.Column)).ToDictionary(g => g.Key, g => g.First());
            foreach (var transposed in new[] { false, true })
            {
                foreach (var finding in Lines(table, cells, tableIndex, transposed))
                {
                    yield return finding;
                }
            }

            tableIndex++;
        }
    }

    private IEnumerable<Finding> Lines(Table table, Dictionary<(int, int), TableCell> cells, int tableIndex, bool transposed)
    {
        TableCell? At(int line, int item) => cells.GetValueOrDefault(transposed ? (line, item) : (item, line));
        var lineCount = transposed ? table.RowCount : table.ColumnCount;
        var itemCount = transposed ? table.ColumnCount : table.RowCount;
        // The header is the first of the first few rows that names a rate (a form prints 项目名称/主管部门 rows above it).
        var headerItem = Enumerable.Range(0, Math.Min(itemCount, MaxHeaderItem)).FirstOrDefault(i => Enumerable.Range(0, lineCount).Any(j => IsRateName(Header(At(j, i)?.Text))));
        var headers = Enumerable.Range(0, lineCount).Select(j => Header(At(j, headerItem)?.Text)).ToArray();
        for (var rateLine = 0; rateLine < lineCount; rateLine++)
        {
            var name = headers[rateLine];
            if (!IsRateName(name))
            {
                continue;
            }

            var head = OperandRoles.HeadOf(name);
            var roles = headers.Select((h, j) => j == rateLine || h.EndsWith('率') ? OperandRole.None : OperandRoles.Of(h, head)).ToArray();
            var numerators = Enumerable.Range(0, lineCount).Where(j => roles[j] == OperandRole.Numerator).ToArray();
            // Several achieved lines (全年执行数, 得分): the one the rate is named after.
            if (numerators.Length > 1)
            {
                numerators = numerators.Where(j => head.Length > 0 && headers[j].Contains(head, StringComparison.Ordinal)).ToArray();
            }

            var denominators = Enumerable.Range(0, lineCount).Where(j => roles[j] == OperandRole.Denominator).ToArray();
            if (numerators.Length != 1 || denominators.Length == 0)
            {
                continue;
            }

            for (var item = headerItem + 1; item < itemCount; item++)
            {
                // Several bases (年初预算数, 全年预算数): any may be the one meant, so the rate misses only when it fits none.
                // Then the finding names the base of the achieved line's own period (全年执行数 ÷ 全年预算数), else the
                // closest: a misprint or misreading far from every base (9186% for 91.86%) would otherwise be held
                // against whichever base its size happens to be nearest, and the shape of the slip lost.
                var findings = denominators.Select(d => Judge(name, At(rateLine, item), At(numerators[0], item), At(d, item), tableIndex)).ToArray();
                var paired = denominators.Select((d, k) => (Lead: SharedLead(headers[numerators[0]], headers[d]), Finding: findings[k]))
                    .Where(p => p.Lead > 0).ToArray();
                if (findings.All(f => f is not null)
                    && (paired.Length == 1 ? paired[0].Finding : findings.MinBy(f => Math.Abs(f!.Stated!.Value - f.Computed!.Value))) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private const int MaxHeaderItem = 5;

    /// <summary>Length of the leading word two headers share (全年执行数 and 全年预算数: 全年), 0 when shorter than two
    /// characters: the period or stage both lines are of.</summary>
    internal static int SharedLead(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n >= 2 ? n : 0;
    }

    private static bool IsRateName(string name) => name.Length >= 3 && name[^1] == '率';

    /// <summary>A header without its unit note: "得分率（%）" → 得分率.</summary>
    private static string Header(string? text) =>
        (text ?? string.Empty).Replace("（%）", string.Empty, StringComparison.Ordinal).Replace("(%)", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    private Finding? Judge(string name, TableCell? rateCell, TableCell? numeratorCell, TableCell? denominatorCell, int tableIndex)
    {
        if (rateCell is null || numeratorCell is null || denominatorCell is null
            || !TryNumber(rateCell.Text, true, out var rate) || !TryNumber(numeratorCell.Text, false, out var n) || !TryNumber(denominatorCell.Text, false, out var d)
            || Interval.Divide(Interval.HalfUp(n.Value, n.Decimals), Interval.HalfUp(d.Value, d.Decimals)) is not { } ratio)
        {
            return null;
        }

        var computed = ratio.Scale(100m);
        if (FindingFactory.Compare(computed, rate.Value, rate.Decimals, percent: true, rate.Value) is not { } verdict)
        {
            return null;
        }

        var value = (n.Value / d.Value * 100m).Round2();
        return FindingFactory.Make(
            Name,
            verdict.Severity,
            Msg.Of("finding.table_rate", ("name", name), ("stated", rate.Text + "%"), ("formula", $"{n.Text}÷{d.Text}×100%"), ("computed", value.Show() + "%")),
            [Evidence(rateCell, tableIndex), Evidence(numeratorCell, tableIndex), Evidence(denominatorCell, tableIndex)],
            rate.Value,
            value,
            tolerance: Interval.Unit(rate.Decimals) / 2,
            relation: FindingFactory.Relation($"{n.Text}÷{d.Text}×100%", value.Show() + "%", rate.Text + "%"),
            convention: verdict.Convention);
    }

    /// <summary>A cell holding one number (a percentage with its % sign when <paramref name="percent"/>).</summary>
    private static bool TryNumber(string text, bool percent, out PrintedNumber number)
    {
        // A rate cell must print its % sign: a first column of indicator names ("支出完成率" beside its weight 4) is no rate line.
        var t = text.Trim();
        if (percent)
        {
            if (!t.EndsWith('%') && !t.EndsWith('％'))
            {
                number = default;
                return false;
            }

            t = t.TrimEnd('%', '％').TrimEnd();
        }

        return PrintedNumber.TryParse(t, out number) && t.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-');
    }

    private static Evidence Evidence(TableCell cell, int tableIndex) => CellEvidence.Of(cell, tableIndex, cell.Row, cell.Column);
}
