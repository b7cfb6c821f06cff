using Extraction.Analysis.Common;
using Extraction.Model;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>A score table's header: which rows it spans and the role of every column.</summary>
internal sealed record TableLayout(int FirstDataRow, IReadOnlyList<ColumnAssignment> Columns)
{
    private const int MaxHeaderRows = 5;
    private const int MaxTitleRows = 2;

    /// <summary>Levels present (1 = 一级 ...), ascending.</summary>
    public IReadOnlyList<int> Levels => Columns.Where(c => c.Role == ColumnRole.LevelName).Select(c => c.Level).Distinct().Order().ToArray();

    public int? NameColumn(int level) => Find(ColumnRole.LevelName, level);

    public int? LevelWeightColumn(int level) => Find(ColumnRole.LevelWeight, level);

    public int? WeightColumn => Find(ColumnRole.Weight, 0);

    public int? ScoreColumn => FindRole(ColumnRole.Score);

    public int? SelfScoreColumn => FindRole(ColumnRole.SelfScore);

    public int? TargetColumn => FindRole(ColumnRole.Target);

    public int? ActualColumn => FindRole(ColumnRole.Actual);

    public int? CodeColumn => FindRole(ColumnRole.Code);

    /// <summary>Every score column (main, self, others) with its kind, in column order; one entry when the table
    /// prints one score.</summary>
    public IReadOnlyList<(int Column, int Kind)> ScoreColumns =>
        Enumerable.Range(0, Columns.Count)
            .Where(i => Columns[i].Role is ColumnRole.Score or ColumnRole.SelfScore or ColumnRole.OtherScore)
            .Select(i => (i, Columns[i].Level))
            .ToArray();

    /// <summary>The kind of the main score column.</summary>
    public int MainScoreKind => ScoreColumn is { } c ? Columns[c].Level : ScoreKinds.Plain;

    public IEnumerable<int> ColumnsOf(ColumnRole role) =>
        Enumerable.Range(0, Columns.Count).Where(i => Columns[i].Role == role);

    /// <summary>Role sequence; parts of one table continued over pages share it.</summary>
    public string Signature => string.Join("|", Columns.Select(c => $"{c.Role}{c.Level}"));

    public TableLayout WithFirstDataRow(int row) => this with { FirstDataRow = row };

    /// <summary>The layout when the leading rows of <paramref name="table"/> are a score-table header, else null.
    /// Failing that, a header further down (the national project form prints its 项目名称/项目资金/年度总体目标
    /// blocks in the same table above the 绩效指标 header): the rows above it are left to <see cref="FundsBlock"/>.</summary>
    public static TableLayout? Detect(Table table, TableCell?[,] grid)
    {
        var start = 0;
        while (start < Math.Min(MaxTitleRows, table.RowCount) && IsTitleRow(table, grid, start))
        {
            start++;
        }

        if (DetectAt(table, grid, start) is { } leading)
        {
            return leading;
        }

        for (var r = start + 1; r < table.RowCount - 1; r++)
        {
            if (IsHeaderRow(table, grid, r) && DetectAt(table, grid, r) is { } inner)
            {
                return inner with { HeaderRow = r };
            }
        }

        return null;
    }

    /// <summary>The first row of the header (rows above it are a preamble: title, project, funds, goals).</summary>
    public int HeaderRow { get; init; }

    private static TableLayout? DetectAt(Table table, TableCell?[,] grid, int start)
    {
        var end = start;
        while (end < table.RowCount && end < start + MaxHeaderRows && IsHeaderRow(table, grid, end))
        {
            end++;
        }

        if (end == start)
        {
            return null;
        }

        var columns = new ColumnAssignment[table.ColumnCount];
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var parts = new List<string>();
            for (var r = start; r < end; r++)
            {
                var cell = grid[r, c];
                if (cell is not null && (parts.Count == 0 || parts[^1] != cell.Text))
                {
                    parts.Add(cell.Text);
                }
            }

            columns[c] = HeaderVocabulary.Classify(string.Join(" ", parts));
        }

        return Normalise(end, columns);
    }

    /// <summary>Whether rows of <paramref name="table"/> repeat this header (a header repeated inside a part).</summary>
    public static bool IsHeaderRow(Table table, TableCell?[,] grid, int row)
    {
        var starting = CellsStartingIn(table, grid, row).Where(c => TextNormalizer.Key(c.Text).Length > 0).ToArray();
        // A row opening with 备注/填表人 is a signature row; a 备注 column header later in the row is not.
        // A grade row opens with its label ("评价等级 | 良"); a 绩效等级 column's header stands among the others.
        if (starting.Length == 0 || RowLabels.IsSignature(starting[0].Text) || starting.Any(c => RowLabels.IsTotal(c.Text))
            || RowLabels.IsGrade(starting[0].Text) || (starting.Length <= 2 && starting.Any(c => RowLabels.IsGrade(c.Text))))
        {
            return false;
        }

        var words = starting.Count(c => HeaderVocabulary.IsHeaderWord(c.Text));
        var numbers = starting.Count(c => CellNumber.TryParse(c.Text, out _));
        return words > 0 && numbers == 0 && words * 2 >= starting.Length;
    }

    private static bool IsTitleRow(Table table, TableCell?[,] grid, int row)
    {
        var distinct = Enumerable.Range(0, table.ColumnCount).Select(c => grid[row, c]).Where(c => c is not null).Distinct().ToArray();
        return distinct.Length == 1 && !HeaderVocabulary.IsHeaderWord(distinct[0]!.Text) && table.ColumnCount > 1;
    }

    private static IEnumerable<TableCell> CellsStartingIn(Table table, TableCell?[,] grid, int row)
    {
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var cell = grid[row, c];
            if (cell is not null && cell.Row == row && cell.Column == c)
            {
                yield return cell;
            }
        }
    }

    /// <summary>Numbers unnamed levels by column order, keeps one column per (role, level) for names and numbers,
    /// and requires a name and a score column.</summary>
    private static TableLayout? Normalise(int firstDataRow, ColumnAssignment[] columns)
    {
        var named = columns.Where(c => c.Role == ColumnRole.LevelName).ToArray();
        if (named.Length > 0 && named.All(c => c.Level == 0))
        {
            var next = 1;
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].Role == ColumnRole.LevelName)
                {
                    columns[i] = columns[i] with { Level = next++ };
                }
            }
        }

        // "一级指标 | 分值 | 二级指标 | 分值 | …" (or a level header whose span was lost): each weight column
        // belongs to the level named on its left.
        if (columns.Count(c => c.Role == ColumnRole.Weight) > 1)
        {
            var level = 0;
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i].Role == ColumnRole.LevelName)
                {
                    level = columns[i].Level;
                }
                else if (columns[i].Role == ColumnRole.Weight && level > 0)
                {
                    columns[i] = new ColumnAssignment(ColumnRole.LevelWeight, level);
                }
            }
        }

        var seen = new HashSet<(ColumnRole, int)>();
        for (var i = 0; i < columns.Length; i++)
        {
            var c = columns[i];
            var single = c.Role is ColumnRole.LevelName or ColumnRole.LevelWeight or ColumnRole.Weight or ColumnRole.Score or ColumnRole.SelfScore
                or ColumnRole.Target or ColumnRole.Actual or ColumnRole.Code;
            if (single && (!seen.Add((c.Role, c.Level)) || (c.Role == ColumnRole.LevelName && c.Level == 0)))
            {
                columns[i] = c.Role is ColumnRole.Weight or ColumnRole.LevelWeight ? c with { Role = ColumnRole.ExtraWeight } : default;
            }
        }

        ChooseMainScore(columns);
        if (!columns.Any(c => c.Role == ColumnRole.Score))
        {
            return null;
        }

        return columns.Any(c => c.Role == ColumnRole.LevelName) ? new TableLayout(firstDataRow, columns) : null;
    }

    /// <summary>Several score columns (自评得分 | 核查得分 | 评价得分): the verifier's is the main score, else the
    /// evaluator's, else the plain 得分, else the self score; the others are kept by kind.</summary>
    private static void ChooseMainScore(ColumnAssignment[] columns)
    {
        var scores = Enumerable.Range(0, columns.Length).Where(i => columns[i].Role is ColumnRole.Score or ColumnRole.SelfScore).ToArray();
        if (scores.Length == 0)
        {
            return;
        }

        var main = scores.OrderByDescending(i => ScoreKinds.Priority(columns[i].Level)).ThenBy(i => i).First();
        var self = scores.FirstOrDefault(i => i != main && columns[i].Level == ScoreKinds.Self, -1);
        var kinds = new HashSet<int> { columns[main].Level };
        foreach (var i in scores)
        {
            if (i == main)
            {
                columns[i] = new ColumnAssignment(ColumnRole.Score, columns[i].Level);
            }
            else if (i == self)
            {
                columns[i] = new ColumnAssignment(ColumnRole.SelfScore, ScoreKinds.Self);
                kinds.Add(ScoreKinds.Self);
            }
            else
            {
                // A second column of a kind already kept (two plain 得分) is not read, as before.
                columns[i] = kinds.Add(columns[i].Level) ? new ColumnAssignment(ColumnRole.OtherScore, columns[i].Level) : default;
            }
        }
    }

    private int? FindRole(ColumnRole role)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Role == role)
            {
                return i;
            }
        }

        return null;
    }

    private int? Find(ColumnRole role, int level)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Role == role && Columns[i].Level == level)
            {
                return i;
            }
        }

        return null;
    }
}
