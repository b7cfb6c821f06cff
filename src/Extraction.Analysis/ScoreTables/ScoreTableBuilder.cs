using System.Text.RegularExpressions;
using Extraction.Analysis.Common;
using Extraction.Model;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Reads the data rows of one score table, part after part (a table continued over pages).</summary>
internal sealed partial class ScoreTableBuilder
{
    private readonly List<IndicatorDraft> _drafts = [];
    private readonly List<Subtotal> _subtotals = [];
    private readonly Dictionary<int, (Figure? Total, string? Grade)> _columnTotals = [];
    private int _subtotalStart;
    private Figure? _total;
    private Figure? _totalWeight;
    private string? _grade;
    private Evidence? _gradeEvidence;

    public ScoreTableBuilder(TableLayout layout, int columnCount)
    {
        Layout = layout;
        ColumnCount = columnCount;
    }

    public TableLayout Layout { get; private set; }

    public int ColumnCount { get; }

    /// <summary>A total or grade row followed the indicators: a later table with the same header is a new table.</summary>
    public bool Closed { get; private set; }

    public void AddPart(Table table, int tableIndex, TableLayout layout, bool continuation)
    {
        Layout = layout;
        var grid = table.ToGrid();
        if (!continuation && layout.HeaderRow > 0 && FundsBlock.Read(table, grid, 0, layout.HeaderRow, tableIndex) is { } funds)
        {
            AddFunds(funds);
        }

        var first = true;
        for (var r = layout.FirstDataRow; r < table.RowCount; r++)
        {
            if (TableLayout.IsHeaderRow(table, grid, r))
            {
                continue;
            }

            var row = new RowView(table, grid, r, tableIndex);
            if (row.NonEmpty.Count == 0)
            {
                continue;
            }

            var wasFirst = first;
            first = false;
            if (ReadSubtotal(row) || IsRateRow(row))
            {
                continue;
            }

            if (ReadSummary(row))
            {
                Closed = _drafts.Count > 0;
                continue;
            }

            ReadIndicator(row, continuation && wasFirst);
        }
    }

    /// <summary>The national form's funds row, read from the rows above the header or a table just before.</summary>
    public void AddFunds(IndicatorDraft funds)
    {
        if (_drafts.All(d => d.Formula is null))
        {
            _drafts.Insert(0, funds);
        }
    }

    public ScoreTable? Build()
    {
        if (_drafts.Count == 0)
        {
            return null;
        }

        foreach (var draft in _drafts)
        {
            if (draft.Score is null && NoteScore(draft.Note.ToString()) is { } noted)
            {
                draft.Score = noted;
            }
        }

        if (_total is null && TrailingTotal() is { } last)
        {
            _drafts.Remove(last);
            var name = last.Levels[^1].Name;
            var (score, weight) = (last.Score!.Value, last.Weight!.Value);
            _total = new Figure(name, score.Value, score.Text, "分", last.Evidence) { Decimals = score.Decimals, Origin = "table" };
            _totalWeight = new Figure(name, weight.Value, weight.Text, "分", last.Evidence) { Decimals = weight.Decimals, Origin = "table" };
        }

        return new ScoreTable(CodedHierarchy.Apply(_drafts).Select(d => d.Build()).ToArray())
        {
            Total = _total,
            TotalWeight = _totalWeight,
            Grade = _grade,
            GradeEvidence = _gradeEvidence,
            Subtotals = _subtotals.ToArray(),
            ColumnTotals = _columnTotals.OrderBy(p => p.Key).Select(p => new ColumnTotal(ScoreKinds.Name(p.Key), p.Value.Total, p.Value.Grade)).ToArray(),
        };
    }

    private const decimal FullScale = 100m;

    /// <summary>The last row of a flat table when it is the total under a name of its own: its weight is the sum of
    /// every row's above it, the full 100, and its score no less than any of theirs ("项目绩效 | 100% | / | 82.68" under 相关性 20%,
    /// 效率 50%, 效果 20%, 可持续性 10%): read as an indicator it would double every weight.</summary>
    private IndicatorDraft? TrailingTotal()
    {
        if (_drafts.Count < 3 || _drafts.Any(d => d.Levels.Count != 1 || d.Weight is null) || _drafts[^1] is not { Score: { } score, Weight: { } weight } last)
        {
            return null;
        }

        // 100 only: a last indicator may weigh what two before it do (30, 20, 50), never the whole scale besides them.
        var above = _drafts.Take(_drafts.Count - 1).ToArray();
        return weight.Value == FullScale && above.Sum(d => d.Weight!.Value.Value) == FullScale && above.All(d => d.Score is not { } s || s.Value <= score.Value)
            ? last : null;
    }

    /// <summary>A 小计 row (its label in a name column): the subtotal of the indicators since the previous one,
    /// recorded for its check and never read as an indicator.</summary>
    private bool ReadSubtotal(RowView row)
    {
        var lastName = Layout.Levels.Select(l => Layout.NameColumn(l) ?? 0).DefaultIfEmpty(0).Max();
        var label = row.NonEmpty.FirstOrDefault(c => c.Column <= lastName && RowLabels.IsSubtotal(c.Text));
        if (label is null)
        {
            return false;
        }

        int?[] weightColumns = [Layout.WeightColumn, .. Layout.Levels.Reverse().Select(Layout.LevelWeightColumn)];
        var weightCell = weightColumns.Select(c => c is { } col ? row.Cell(col) : null)
            .FirstOrDefault(c => c is not null && c != label && c.Row == row.Row && CellNumber.TryParse(c.Text, out _));
        var scoreCell = Layout.ScoreColumn is { } sc ? row.Cell(sc) : null;
        var name = TextNormalizer.RemoveWhitespace(label.Text);
        Figure? Of(TableCell? cell) => cell is not null && cell != label && OwnNumber(row, cell) is { } n
            ? new Figure(name, n.Value, n.Text, "分", row.Evidence(cell)) { Decimals = n.Decimals, Origin = "table" }
            : null;
        _subtotals.Add(new Subtotal(name, _subtotalStart, _drafts.Count - _subtotalStart, row.Evidence(scoreCell ?? label))
        {
            Weight = Of(weightCell),
            Score = Of(scoreCell),
        });
        _subtotalStart = _drafts.Count;
        return true;
    }

    /// <summary>A 得分率 row (the total as a share of the weights): no indicator.</summary>
    private static bool IsRateRow(RowView row) => RowLabels.IsRate(row.NonEmpty[0].Text);

    private bool ReadSummary(RowView row)
    {
        // The label is the row's first cell, or its first own cell when a cell spanned down from above comes first.
        var label = row.NonEmpty[0];
        if (label.Row < row.Row && row.NonEmpty.FirstOrDefault(c => c.Row == row.Row) is { } own && IsSummaryLabel(own.Text))
        {
            label = own;
        }

        if (!IsSummaryLabel(label.Text))
        {
            return false;
        }

        for (var i = Enumerable.Range(0, row.NonEmpty.Count).First(k => row.NonEmpty[k] == label); i < row.NonEmpty.Count; i++)
        {
            var cell = row.NonEmpty[i];
            if (RowLabels.IsTotal(cell.Text))
            {
                ReadTotal(row, i);
            }
            else if (RowLabels.IsGrade(cell.Text) && ReadColumnGrades(row, cell))
            {
            }
            else if (RowLabels.IsGrade(cell.Text) && i + 1 < row.NonEmpty.Count && Grades.FromCell(row.NonEmpty[i + 1].Text) is { } grade)
            {
                SetGrade(grade, row, row.NonEmpty[i + 1]);
            }
            else if (InlineSummary.LabelledGrade(cell.Text) is { } inlineGrade)
            {
                SetGrade(inlineGrade, row, cell);
            }
            else if (InlineSummary.LabelledTotal(cell.Text) is { } inlineTotal)
            {
                SetTotal(row, cell, cell, inlineTotal);
            }
        }

        return true;
    }

    private static bool IsSummaryLabel(string text) =>
        RowLabels.IsTotal(text) || RowLabels.IsGrade(text) || InlineSummary.LabelledGrade(text) is not null || InlineSummary.LabelledTotal(text) is not null;

    /// <summary>A grade row of a table with several score columns: each column's grade in its own cell
    /// (评价等级 | 优 | 良), or a row labelled for one column (自评等级 | 优).</summary>
    private bool ReadColumnGrades(RowView row, TableCell label)
    {
        var scoreColumns = Layout.ScoreColumns;
        if (scoreColumns.Count < 2)
        {
            return false;
        }

        var labelKind = ScoreKinds.Of(TextNormalizer.Key(label.Text));
        if (labelKind != ScoreKinds.Plain && labelKind != Layout.MainScoreKind && scoreColumns.Any(s => s.Kind == labelKind))
        {
            var next = row.NonEmpty.SkipWhile(c => c != label).Skip(1).FirstOrDefault();
            if (next is not null && Grades.FromCell(next.Text) is { } own)
            {
                SetColumnGrade(labelKind, own);
                return true;
            }

            return false;
        }

        var found = false;
        foreach (var (column, kind) in scoreColumns)
        {
            if (OwnColumnCell(row, column, label) is { } cell && Grades.FromCell(cell.Text) is { } grade)
            {
                SetColumnGrade(kind, grade);
                if (column == Layout.ScoreColumn)
                {
                    SetGrade(grade, row, cell);
                }

                found = true;
            }
        }

        return found && _grade is not null;
    }

    private void SetGrade(string grade, RowView row, TableCell cell)
    {
        _grade = grade;
        _gradeEvidence = row.Evidence(cell);
    }

    private void ReadTotal(RowView row, int labelIndex)
    {
        // A total labelled for one score column (自评总分 in a table whose main score is the verifier's) is that column's.
        var labelKind = ScoreKinds.Of(TextNormalizer.Key(row.NonEmpty[labelIndex].Text));
        var scoreColumns = Layout.ScoreColumns;
        if (labelKind != ScoreKinds.Plain && labelKind != Layout.MainScoreKind && scoreColumns.Any(s => s.Kind == labelKind))
        {
            if (row.NonEmpty.Skip(labelIndex + 1).LastOrDefault(c => TotalValue(c.Text) is not null) is { } own)
            {
                SetColumnTotal(labelKind, ColumnFigure(row, row.NonEmpty[labelIndex], own));
            }

            return;
        }

        if (scoreColumns.Count > 1)
        {
            foreach (var (column, kind) in scoreColumns)
            {
                if (OwnColumnCell(row, column, row.NonEmpty[labelIndex]) is { } cell && ColumnFigure(row, row.NonEmpty[labelIndex], cell) is { } figure)
                {
                    SetColumnTotal(kind, figure);
                }
            }
        }

        // The total row's own 分值 cell: what the indicators' weights must add up to.
        if (Layout.WeightColumn is { } wc && row.Cell(wc) is { } weightCell && weightCell.Column == wc && weightCell != row.NonEmpty[labelIndex]
            && CellNumber.TryParse(weightCell.Text, out var totalWeight))
        {
            _totalWeight = new Figure(TextNormalizer.RemoveWhitespace(row.NonEmpty[labelIndex].Text), totalWeight.Value, totalWeight.Text, "分", row.Evidence(weightCell))
            {
                Decimals = totalWeight.Decimals,
                Origin = "table",
            };
        }

        TableCell? valueCell = null;
        if (Layout.ScoreColumn is { } sc && row.Cell(sc) is { } scoreCell && scoreCell != row.NonEmpty[labelIndex] && TotalValue(scoreCell.Text) is not null)
        {
            valueCell = scoreCell;
        }
        else
        {
            valueCell = row.NonEmpty.Skip(labelIndex + 1).LastOrDefault(c => TotalValue(c.Text) is not null);
        }

        if (valueCell is not null && TotalValue(valueCell.Text) is { } total)
        {
            SetTotal(row, row.NonEmpty[labelIndex], valueCell, total);
            if (_grade is null && InlineSummary.BracketedGrade(valueCell.Text) is { } grade)
            {
                SetGrade(grade, row, valueCell);
            }
        }
    }

    private Figure? ColumnFigure(RowView row, TableCell label, TableCell cell) =>
        TotalValue(cell.Text) is { } n
            ? new Figure(TextNormalizer.RemoveWhitespace(label.Text), n.Value, n.Text, "分", row.Evidence(cell)) { Decimals = n.Decimals, Origin = "table" }
            : null;

    /// <summary>The cell of one score column in a summary row, when it belongs to that column alone (a value spanned
    /// across the score columns belongs to none of them).</summary>
    private TableCell? OwnColumnCell(RowView row, int column, TableCell label)
    {
        if (row.Cell(column) is not { } cell || cell == label || cell.Column != column)
        {
            return null;
        }

        return Layout.ScoreColumns.Any(s => s.Column != column && cell.Covers(row.Row, s.Column)) ? null : cell;
    }

    private void SetColumnTotal(int kind, Figure? total)
    {
        if (total is not null)
        {
            _columnTotals[kind] = (total, _columnTotals.GetValueOrDefault(kind).Grade);
        }
    }

    private void SetColumnGrade(int kind, string grade) =>
        _columnTotals[kind] = (_columnTotals.GetValueOrDefault(kind).Total, grade);

    /// <summary>A total cell's number: the whole cell, or its leading number ("89.5（良）").</summary>
    private static PrintedNumber? TotalValue(string text) =>
        CellNumber.TryParse(text, out var n) || CellNumber.TryParseLeading(text, out n) ? n : null;

    private void SetTotal(RowView row, TableCell labelCell, TableCell valueCell, PrintedNumber total) =>
        _total = new Figure(TextNormalizer.RemoveWhitespace(labelCell.Text), total.Value, total.Text, "分", row.Evidence(valueCell))
        {
            Decimals = total.Decimals,
            Origin = "table",
        };

    private void ReadIndicator(RowView row, bool firstOfContinuation)
    {
        if (TryReadByKind(row))
        {
            return;
        }

        var levels = Layout.Levels;
        var names = new Dictionary<int, string?>();
        var covered = new HashSet<int>();
        TableCell? previousNameCell = null;
        foreach (var level in levels)
        {
            var cell = Layout.NameColumn(level) is { } col ? row.Cell(col) : null;
            if (cell is not null && previousNameCell is not null && cell == previousNameCell)
            {
                covered.Add(level);
                continue;
            }

            previousNameCell = cell ?? previousNameCell;
            names[level] = cell is null ? null : TextNormalizer.RemoveWhitespace(cell.Text);
        }

        var lowest = levels.Where(l => !string.IsNullOrEmpty(names.GetValueOrDefault(l))).DefaultIfEmpty(0).Max();
        if (lowest == 0 || IsLabelRow(row, names, lowest))
        {
            AppendTexts(row, _drafts.LastOrDefault());
            return;
        }

        var scoreCell = Layout.ScoreColumn is { } s ? row.Cell(s) : null;
        var weight = RowWeight(row, lowest);
        var score = OwnNumber(row, scoreCell);
        var nameCell = row.Cell(Layout.NameColumn(lowest)!.Value);
        if (nameCell is not null && nameCell.Row < row.Row && _drafts.Count > 0 && _drafts[^1].NameCell == nameCell)
        {
            // The indicator's name cell spans this row too (its note or score printed on a second row): one indicator.
            MergeSpannedRow(_drafts[^1], row, weight, score, scoreCell);
            return;
        }
        var higherBlank = levels.Where(l => l < lowest && !covered.Contains(l)).All(l => string.IsNullOrEmpty(names.GetValueOrDefault(l)));
        if (firstOfContinuation && _drafts.Count > 0 && weight is null && score is null && higherBlank && levels.Count > 1)
        {
            // The first row of a continued part that carries neither weight nor score is the rest of the
            // last row, split by the page break ("B101管理制" + "度健全性").
            var last = _drafts[^1];
            var tail = last.Levels[^1];
            last.Levels[^1] = tail with { Name = tail.Name + names[lowest] };
            AppendTexts(row, last);
            return;
        }

        var path = new List<IndicatorLevel>();
        foreach (var level in levels.Where(l => l <= lowest))
        {
            if (covered.Contains(level))
            {
                continue;
            }

            var name = names.GetValueOrDefault(level);
            PrintedNumber? levelWeight;
            if (string.IsNullOrEmpty(name))
            {
                // Blank level cells were given their spans by SpanRestorer where the structure says so; a level
                // still blank is absent from this row.
                continue;
            }

            if (level == lowest)
            {
                (name, levelWeight) = SplitName(name, weight is null);
                weight ??= levelWeight;
                levelWeight = weight;
            }
            else
            {
                var col = Layout.LevelWeightColumn(level);
                var cell = col is { } c ? row.Cell(c) : null;
                var printed = cell is not null && CellNumber.TryParse(cell.Text, out var w) ? w : (PrintedNumber?)null;
                (name, var embedded) = SplitName(name, printed is null);
                levelWeight = printed ?? embedded;
            }

            path.Add(new IndicatorLevel(name, levelWeight?.Value));
        }

        var draft = new IndicatorDraft
        {
            Levels = path,
            Weight = weight,
            Score = score,
            SelfScore = Layout.SelfScoreColumn is { } ss ? OwnNumber(row, row.Cell(ss)) : null,
            Evidence = row.Evidence(scoreCell ?? row.Cell(Layout.NameColumn(lowest)!.Value)!),
            NameCell = nameCell,
            LeadingNote = firstOfContinuation && score is null && RowNote(row) is { } lead && NoteScore(lead) is not null ? lead : null,
            Target = OwnTrimmed(row, Layout.TargetColumn),
            Actual = OwnTrimmed(row, Layout.ActualColumn),
            CodeText = IndicatorCode.Alone(OwnTrimmed(row, Layout.CodeColumn)),
        };
        ReadScores(row, draft);
        AppendTexts(row, draft);
        _drafts.Add(draft);
    }

    private static string? OwnTrimmed(RowView row, int? column) =>
        column is { } c && row.OwnText(c)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Every score column's own number, when the table prints several.</summary>
    private void ReadScores(RowView row, IndicatorDraft draft)
    {
        if (Layout.ScoreColumns.Count < 2)
        {
            return;
        }

        foreach (var (column, kind) in Layout.ScoreColumns)
        {
            if (draft.Scores.All(s => s.Kind != kind) && OwnNumber(row, row.Cell(column)) is { } n)
            {
                draft.Scores.Add((kind, n));
            }
        }
    }

    private void MergeSpannedRow(IndicatorDraft draft, RowView row, PrintedNumber? weight, PrintedNumber? score, TableCell? scoreCell)
    {
        draft.Weight ??= weight;
        draft.Target ??= OwnTrimmed(row, Layout.TargetColumn);
        draft.Actual ??= OwnTrimmed(row, Layout.ActualColumn);
        ReadScores(row, draft);
        if (draft.Score is null && score is not null && scoreCell is not null)
        {
            draft.Score = score;
            draft.Evidence = row.Evidence(scoreCell);

            // The first row of the indicator opened a page with a note that ends in a conclusion while this row brings
            // the indicator's own note and score: that first note is the rest of the row above, run over the page
            // break, when the row above has neither score nor conclusion of its own.
            if (draft.LeadingNote is { } lead && RowNote(row) is not null && _drafts.Count > 1 && _drafts[^2] is { Score: null } above
                && NoteScore(above.Note.ToString()) is null && draft.Note.ToString().StartsWith(lead, StringComparison.Ordinal))
            {
                draft.Note.Remove(0, lead.Length);
                IndicatorDraft.Append(above.Note, lead);
            }
        }

        AppendTexts(row, draft);
    }

    /// <summary>The row's own note text (cells starting on this row in the note columns).</summary>
    private string? RowNote(RowView row)
    {
        var text = string.Concat(Layout.ColumnsOf(ColumnRole.Note).Select(c => row.OwnText(c)?.Trim() ?? string.Empty));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Rows such as 填表人/备注 whose only name spans every level column.</summary>
    private bool IsLabelRow(RowView row, Dictionary<int, string?> names, int lowest)
    {
        var text = names[lowest] ?? string.Empty;
        if (RowLabels.IsSignature(text))
        {
            return true;
        }

        var first = Layout.NameColumn(Layout.Levels[0]);
        var last = Layout.NameColumn(Layout.Levels[^1]);
        var cell = first is { } f ? row.Cell(f) : null;
        return Layout.Levels.Count > 1 && cell is not null && last is { } l && cell.Covers(row.Row, l)
            && RowWeight(row, lowest) is null && (Layout.ScoreColumn is not { } sc || OwnNumber(row, row.Cell(sc)) is null);
    }

    private PrintedNumber? RowWeight(RowView row, int lowest)
    {
        var col = Layout.LevelWeightColumn(lowest) ?? Layout.WeightColumn;
        if (col is not { } c || row.Cell(c) is not { } cell)
        {
            return null;
        }

        // A weight cell shared with a name (加减分项 spanning name and weight columns) is no weight.
        var nameCol = Layout.NameColumn(lowest);
        if (nameCol is { } n && row.Cell(n) == cell)
        {
            return null;
        }

        return CellNumber.TryParse(cell.Text, out var w) ? w : null;
    }

    private static (string Name, PrintedNumber? Weight) SplitName(string name, bool wantWeight)
    {
        var (bare, weight) = WeightedName.Split(name);
        return wantWeight ? (bare, weight) : (bare, null);
    }

    /// <summary>A number in a cell that starts on this row (a value spanned down from an earlier row belongs to that row).</summary>
    private static PrintedNumber? OwnNumber(RowView row, TableCell? cell)
    {
        if (cell is null || cell.Row != row.Row)
        {
            return null;
        }

        if (CellNumber.TryParse(cell.Text, out var n) || CellNumber.TryParseLeading(cell.Text, out n))
        {
            return n;
        }

        return null;
    }

    private void AppendTexts(RowView row, IndicatorDraft? draft)
    {
        if (draft is null)
        {
            return;
        }

        foreach (var c in Layout.ColumnsOf(ColumnRole.Criteria))
        {
            IndicatorDraft.Append(draft.Criteria, row.OwnText(c));
        }

        foreach (var c in Layout.ColumnsOf(ColumnRole.Description))
        {
            IndicatorDraft.Append(draft.Description, row.OwnText(c));
        }

        foreach (var c in Layout.ColumnsOf(ColumnRole.Note))
        {
            IndicatorDraft.Append(draft.Note, row.OwnText(c));
        }
    }

    /// <summary>"…综上，该指标得3.33分。" at the end of a verifier's note: the score when the score cell is blank.</summary>
    private static PrintedNumber? NoteScore(string note)
    {
        var m = NoteScorePattern().Match(TextNormalizer.Key(note));
        return m.Success && PrintedNumber.TryParse(m.Groups["n"].Value, out var n) ? n : null;
    }

    [GeneratedRegex(@"(?:该指标|该项|本指标|本项|此项|综上)[^。；;]{0,6}?得\s*(?<n>\d+(?:\.\d+)?)\s*分[。；;.]?$")]
    private static partial Regex NoteScorePattern();
}
