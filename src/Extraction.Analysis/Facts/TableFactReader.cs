using System.Text.RegularExpressions;
using Extraction.Analysis.Figures;
using Extraction.Analysis.ScoreTables;
using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.Facts;

/// <summary>Reads a table's quantities as facts. A numeric cell's key comes from its row header (the row's first text
/// cell; a year there is the period), its column header (the header rows above: scope words and years are
/// qualifiers, the rest joins the measure) and the table's title; its unit from the cell, the header ("预算数（元）",
/// "宣讲场次" → 场) or the table's unit line ("单位：万元"). Score tables' weights and scores are the score-table
/// stage's; their prose cells (criteria, verifier notes) are read as notes.</summary>
internal static partial class TableFactReader
{
    private const int ProseLength = 12;

    /// <param name="textMoneyUnit">The money unit of the narrative's last amount: a money column printed without any
    /// unit (no header unit, no 单位 line) is read in it.</param>
    /// <param name="continued">The column headers of the part this table continues over a page break (null when it
    /// continues none): a part without header rows of its own reads its columns by them.</param>
    /// <returns>The column headers this part's cells were read by (for a part continuing it).</returns>
    public static IReadOnlyList<string> Read(Table table, int tableIndex, FactPlace place, string? title, string? tableUnit, string? textMoneyUnit,
        IReadOnlyList<string>? continued, FactSink sink)
    {
        var grid = table.ToGrid();
        var scoreTable = TableLayout.Detect(table, grid) is not null;
        var headerRows = scoreTable ? 0 : TableFigureReader.HeaderRows(table, grid);
        var headers = headerRows == 0 && continued is not null && continued.Count == table.ColumnCount
            ? continued
            : Enumerable.Range(0, table.ColumnCount).Select(c => TableFigureReader.ColumnHeader(grid, headerRows, c)).ToArray();
        var subject = title is null ? string.Empty : FactKeys.Subject(title);
        foreach (var cell in table.Cells)
        {
            var key = TextNormalizer.Key(cell.Text);
            if (key.Length == 0 || cell.Restored)
            {
                continue;
            }

            var cellPlace = place with
            {
                Page = cell.Provenance.Page, Box = cell.Provenance.Box, Cell = new CellRef(tableIndex, cell.Row, cell.Column),
                Confidence = cell.Provenance.Confidence, TableTitle = title,
            };
            var numeric = NumericCell().Match(key);
            if (!numeric.Success)
            {
                if (key.Length >= ProseLength)
                {
                    TextFactReader.Read(cell.Text, cellPlace with { Origin = scoreTable ? "note" : "cell" }, sink);
                }

                continue;
            }

            if (scoreTable || cell.Row < headerRows || !PrintedNumber.TryParse(numeric.Groups["n"].Value, out var value))
            {
                continue;
            }

            var header = headers[cell.Column];
            if (value.Decimals == 0 && CodeColumn().IsMatch(TextNormalizer.Key(header)))
            {
                // 科目编码 201, 序号 3: labels, not quantities.
                continue;
            }

            var (rowHeader, coded) = RowHeader(table, grid, cell.Row, cell.Column);
            var printedUnit = numeric.Groups["unit"].Success ? numeric.Groups["unit"].Value : HeaderUnit(header) ?? HeaderUnit(rowHeader) ?? FactKeys.ImpliedUnit(header) ?? FactKeys.ImpliedUnit(rowHeader) ?? tableUnit;
            var unit = numeric.Groups["unit"].Success ? numeric.Groups["unit"].Value : HeaderUnit(header) ?? HeaderUnit(rowHeader) ?? FactKeys.ImpliedUnit(header) ?? FactKeys.ImpliedUnit(rowHeader) ?? tableUnit
                ?? (value.Decimals == 2 && MoneyWords().IsMatch(header + rowHeader + title) ? textMoneyUnit : null);
            var rowKey = FactKeys.Read(rowHeader, rowHeader);
            var columnKey = FactKeys.Read(HeaderUnitPattern().Replace(header, string.Empty), header);
            // A column header of generic words only (金额, 数额) adds nothing to the row's measure.
            var measure = FactKeys.CoreOf(columnKey.Measure).Length == 0 || columnKey.Core.Length == 0 ? rowKey.Measure
                : rowKey.Measure.Length == 0 || rowKey.Core.Length == 0 ? columnKey.Measure
                : rowKey.Measure + columnKey.Measure;
            var total = FactKeys.Total(rowHeader);
            if (total == TotalKind.Whole && subject.Length > 0)
            {
                measure = OfSubject(subject, measure);
            }
            var fact = new Fact(0, measure, value.Value, value.Decimals, unit, "cell", new Evidence(cellPlace.Page, RowQuote(table, grid, cell.Row))
            {
                Box = cellPlace.Box, Cell = cellPlace.Cell, Confidence = cellPlace.Confidence,
            })
            {
                Text = cell.Text.Trim(),
                Core = FactKeys.CoreOf(measure),
                Label = TextNormalizer.RemoveWhitespace(rowHeader + " " + header),
                Period = columnKey.Period ?? rowKey.Period ?? (title is null ? null : FactKeys.PeriodOf(title)),
                Scope = columnKey.Scope ?? rowKey.Scope ?? (title is null ? null : FactKeys.ScopeOf(title)),
                ValueYuan = Units.YuanFactor(unit) is { } f ? value.Value * f : null,
                Start = 0,
                End = cell.Text.Length,
                Block = place.Block,
                Section = place.Section,
                TableTitle = title,
                RowHeader = rowHeader,
                ColumnHeader = header,
                Coded = coded,
                Total = total != TotalKind.None,
                UnitAssumed = printedUnit is null && unit is not null,
            };
            sink.Add(fact);
        }

        return headers;
    }

    /// <summary>A total row's cell is of the table's subject: the whole of it under a generic column (合计, 决算数), the
    /// column's part of it under a named one sharing its head ("一般公共预算财政拨款支出决算表", 合计 row, 基本支出 column:
    /// 一般公共预算财政拨款基本支出).</summary>
    private static string OfSubject(string subject, string measure)
    {
        var core = FactKeys.CoreOf(measure);
        if (measure.Length == 0 || core == FactKeys.Overall)
        {
            return subject;
        }

        var head = measure.Length >= 2 ? measure[^2..] : measure;
        return subject.EndsWith(head, StringComparison.Ordinal) && !subject.EndsWith(measure, StringComparison.Ordinal)
            ? subject[..^head.Length] + measure : measure;
    }

    private static string? HeaderUnit(string header)
    {
        var m = HeaderUnitPattern().Match(TextNormalizer.Key(header));
        return m.Success ? m.Groups["u"].Value : null;
    }

    /// <summary>The row's first text cell left of the number (a subject code skipped, and noted); in a row of label and
    /// value pairs ("本年收入合计 2,946.25 本年支出合计 2,940.05") the label nearest the number, past another number.</summary>
    private static (string Header, bool Coded) RowHeader(Table table, TableCell?[,] grid, int row, int column)
    {
        var coded = false;
        string? first = null;
        string? nearest = null;
        var numberBetween = false;
        for (var c = 0; c < Math.Min(column, table.ColumnCount); c++)
        {
            if (grid[row, c] is not { } cell || cell.Restored || TextNormalizer.Key(cell.Text) is not { Length: > 0 } key)
            {
                continue;
            }

            if (SubjectCode().IsMatch(key))
            {
                coded = true;
                var rest = SubjectCode().Replace(key, string.Empty);
                if (rest.Length > 0)
                {
                    first ??= rest;
                }

                continue;
            }

            if (NumericCell().IsMatch(key))
            {
                numberBetween |= first is not null;
                continue;
            }

            if (first is null)
            {
                first = key;
            }
            else if (numberBetween)
            {
                nearest = key;
                numberBetween = false;
            }
        }

        return (nearest ?? first ?? string.Empty, coded);
    }

    private static string RowQuote(Table table, TableCell?[,] grid, int row)
    {
        var texts = new List<string>();
        TableCell? last = null;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (grid[row, c] is { } cell && cell != last && !cell.Restored && cell.Text.Trim().Length > 0)
            {
                texts.Add(cell.Text.Trim());
            }

            last = grid[row, c];
        }

        return string.Join(" ", texts);
    }

    [GeneratedRegex(@"^(?:完成|约)?(?<n>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?<unit>" + Units.Pattern + ")?$")]
    private static partial Regex NumericCell();

    [GeneratedRegex(@"[（(](?<u>亿元|万元|千元|元|%|人次|人|个|批次|次|分|场|期|项|份|家|件|户|篇|册|台|套|辆|座|所)[)）]")]
    private static partial Regex HeaderUnitPattern();

    [GeneratedRegex(@"预算|决算|支出|收入|金额|执行数|资金|经费")]
    private static partial Regex MoneyWords();

    [GeneratedRegex(@"(?:编码|代码|编号|序号)$")]
    private static partial Regex CodeColumn();

    [GeneratedRegex(@"^\d{3}(?:\d{2}){0,2}(?=\D|$)")]
    private static partial Regex SubjectCode();
}
