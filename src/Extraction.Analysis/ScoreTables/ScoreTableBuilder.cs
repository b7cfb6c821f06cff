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
    private readonly Dictionary<int, (string Name, PrintedNumber? Weight)> _above = [];
    private Figure? _total;
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
            if (ReadSummary(row))
            {
                Closed = _drafts.Count > 0;
                continue;
            }

            ReadIndicator(row, continuation && wasFirst);
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

        return new ScoreTable(CodedHierarchy.Apply(_drafts).Select(d => d.Build()).ToArray())
        {
            Total = _total,
            Grade = _grade,
            GradeEvidence = _gradeEvidence,
        };
    }

    private bool ReadSummary(RowView row)
    {
        var label = row.NonEmpty[0];
        if (!RowLabels.IsTotal(label.Text) && !RowLabels.IsGrade(label.Text)
            && InlineSummary.LabelledGrade(label.Text) is null && InlineSummary.LabelledTotal(label.Text) is null)
        {
            return false;
        }

        for (var i = 0; i < row.NonEmpty.Count; i++)
        {
            var cell = row.NonEmpty[i];
            if (RowLabels.IsTotal(cell.Text))
            {
                ReadTotal(row, i);
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

    private void SetGrade(string grade, RowView row, TableCell cell)
    {
        _grade = grade;
        _gradeEvidence = row.Evidence(cell);
    }

    private void ReadTotal(RowView row, int labelIndex)
    {
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
                if (!_above.TryGetValue(level, out var inherited))
                {
                    continue;
                }

                (name, levelWeight) = inherited;
            }
            else if (level == lowest)
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

            _above[level] = (name, levelWeight);
            path.Add(new IndicatorLevel(name, levelWeight?.Value));
        }

        foreach (var deeper in _above.Keys.Where(k => k > lowest).ToArray())
        {
            _above.Remove(deeper);
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
        };
        AppendTexts(row, draft);
        _drafts.Add(draft);
    }

    private void MergeSpannedRow(IndicatorDraft draft, RowView row, PrintedNumber? weight, PrintedNumber? score, TableCell? scoreCell)
    {
        draft.Weight ??= weight;
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
