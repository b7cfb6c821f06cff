using Extraction.Generator.Scoring;

namespace Extraction.Tests.Generated;

/// <summary>The table-structure measure: the same grid scores full marks; a flattened span keeps every cell's text but loses
/// the span and the relations of the rows it covered; two rows' numbers mixed lose their relations; a table read as two
/// parts loses only the relations across the cut.</summary>
public sealed class TableStructureTests
{
    private static readonly TableStructure.Grid Truth = new(
    [
        (0, 0, 1, 1, "一级指标"), (0, 1, 1, 1, "三级指标"), (0, 2, 1, 1, "分值"), (0, 3, 1, 1, "得分"),
        (1, 0, 2, 1, "决策"), (1, 1, 1, 1, "目标"), (1, 2, 1, 1, "5"), (1, 3, 1, 1, "4.50"),
        (2, 1, 1, 1, "依据"), (2, 2, 1, 1, "3"), (2, 3, 1, 1, "3.00"),
    ]);

    [Fact]
    public void The_same_grid_scores_full_marks()
    {
        var c = TableStructure.Compare([Truth], [Truth]);
        Assert.Equal(11, c.Cells);
        Assert.Equal(c.Cells, c.CellsSpan);
        Assert.Equal(c.Relations, c.Predicted);
        Assert.Equal(c.Relations, c.Matched);
    }

    [Fact]
    public void A_flattened_span_keeps_the_text_but_loses_the_span_and_its_relations()
    {
        var flat = new TableStructure.Grid([.. Truth.Cells.Select(x => x.Text == "决策" ? x with { RowSpan = 1 } : x), (2, 0, 1, 1, "")]);
        var c = TableStructure.Compare([Truth], [flat]);
        Assert.Equal(c.Cells, c.CellsText);
        Assert.Equal(c.Cells - 1, c.CellsSpan);
        Assert.True(c.Matched < c.Relations, $"expected relations lost, found {c}");
    }

    [Fact]
    public void Two_rows_mixed_lose_their_relations_and_a_cut_loses_only_the_relations_across_it()
    {
        var mixed = new TableStructure.Grid([.. Truth.Cells.Select(x => x.Text switch
        {
            "4.50" => x with { Row = 2 },
            "3.00" => x with { Row = 1 },
            _ => x,
        })]);
        var m = TableStructure.Compare([Truth], [mixed]);
        Assert.Equal(m.Cells, m.CellsSpan);
        Assert.True(m.Matched <= m.Relations - 4, $"expected the swapped scores' relations lost, found {m}");

        var top = new TableStructure.Grid([.. Truth.Cells.Where(x => x.Row == 0)]);
        var rest = new TableStructure.Grid([.. Truth.Cells.Where(x => x.Row > 0).Select(x => x with { Row = x.Row - 1 })]);
        var cut = TableStructure.Compare([Truth], [top, rest]);
        Assert.Equal(cut.Cells, cut.CellsSpan);
        Assert.Equal(cut.Relations - 4, cut.Matched);
        Assert.Equal(cut.Matched, cut.Predicted);
    }
}
