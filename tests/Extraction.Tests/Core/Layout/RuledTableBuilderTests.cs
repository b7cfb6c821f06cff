using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

public sealed class RuledTableBuilderTests
{
    private static readonly double[] Xs = [50, 150, 250, 350];
    private static readonly double[] Ys = [100, 130, 160, 190];

    private static TableCell Cell(Table table, int row, int column) =>
        table.CellAt(row, column) ?? throw new InvalidOperationException($"no cell at {row},{column}");

    [Fact]
    public void Full_grid_gives_one_cell_per_position_with_text_and_boxes()
    {
        var grid = new GridDrawing(Xs, Ys);
        var fragments = new[] { grid.TextIn(0, 0, "指标"), grid.TextIn(1, 2, "5"), grid.TextIn(2, 1, "预算") };
        var tables = new RuledTableBuilder().Build(3, grid.Segments(), fragments);

        var built = Assert.Single(tables);
        var table = built.Table;
        Assert.Equal(3, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(9, table.Cells.Count);
        Assert.All(table.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColumnSpan)));
        Assert.Equal("指标", Cell(table, 0, 0).Text);
        Assert.Equal("5", Cell(table, 1, 2).Text);
        Assert.Equal("预算", Cell(table, 2, 1).Text);
        Assert.Equal(3, Cell(table, 1, 2).Provenance.Page);
        Assert.Equal(new BoundingBox(250, 130, 350, 160), Cell(table, 1, 2).Provenance.Box);
        Assert.Equal(new BoundingBox(50, 100, 350, 190), table.Provenance.Box);
        Assert.Equal([0, 1, 2], built.FragmentIndexes.Order());
    }

    [Fact]
    public void Missing_inner_vertical_border_gives_a_column_span()
    {
        var grid = new GridDrawing(Xs, Ys).Merge(0, 0, 0, 1);
        var table = Assert.Single(new RuledTableBuilder().Build(1, grid.Segments(), [grid.TextIn(0, 0, "A")])).Table;

        var merged = Cell(table, 0, 1);
        Assert.Equal((0, 0, 1, 2), (merged.Row, merged.Column, merged.RowSpan, merged.ColumnSpan));
        Assert.Equal("A", merged.Text);
        Assert.Equal(8, table.Cells.Count);
    }

    [Fact]
    public void Missing_inner_horizontal_border_gives_a_row_span()
    {
        var grid = new GridDrawing(Xs, Ys).Merge(0, 0, 2, 0);
        var table = Assert.Single(new RuledTableBuilder().Build(1, grid.Segments(), [grid.TextIn(1, 0, "决策")])).Table;

        var merged = Cell(table, 2, 0);
        Assert.Equal((0, 0, 3, 1), (merged.Row, merged.Column, merged.RowSpan, merged.ColumnSpan));
        Assert.Equal("决策", merged.Text);
        Assert.Equal(7, table.Cells.Count);
    }

    [Fact]
    public void Block_merged_both_ways_is_one_cell()
    {
        var grid = new GridDrawing(Xs, Ys).Merge(1, 1, 2, 2);
        var table = Assert.Single(new RuledTableBuilder().Build(1, grid.Segments(), [])).Table;

        var merged = Cell(table, 2, 2);
        Assert.Equal((1, 1, 2, 2), (merged.Row, merged.Column, merged.RowSpan, merged.ColumnSpan));
        Assert.Equal(6, table.Cells.Count);
    }

    [Fact]
    public void Broken_lines_and_tiny_gaps_still_make_borders()
    {
        var segments = new List<RulingSegment>();
        foreach (var y in Ys)
        {
            // Each horizontal rule drawn in two pieces with a 1.5 pt gap and 0.4 pt jitter.
            segments.Add(RulingSegment.Horizontal(y + 0.4, 50, 199));
            segments.Add(RulingSegment.Horizontal(y - 0.3, 200.5, 350));
        }

        foreach (var x in Xs)
        {
            // Verticals stop 1 pt short of the outer rules.
            segments.Add(RulingSegment.Vertical(x + 0.5, 101, 189));
        }

        var table = Assert.Single(new RuledTableBuilder().Build(1, segments, [])).Table;
        Assert.Equal((3, 3, 9), (table.RowCount, table.ColumnCount, table.Cells.Count));
    }

    [Fact]
    public void Double_borders_do_not_create_thin_rows()
    {
        var segments = new GridDrawing(Xs, Ys).Segments();
        segments.Add(RulingSegment.Horizontal(102.5, 50, 350));  // double top border
        segments.Add(RulingSegment.Vertical(347.5, 100, 190));   // double right border

        var table = Assert.Single(new RuledTableBuilder().Build(1, segments, [])).Table;
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
    }

    [Fact]
    public void Two_separate_grids_are_two_tables_in_reading_order()
    {
        var lower = new GridDrawing([50, 150, 250], [400, 430, 460]).Segments();
        var upper = new GridDrawing(Xs, Ys).Segments();

        var tables = new RuledTableBuilder().Build(1, lower.Concat(upper), []);
        Assert.Equal(2, tables.Count);
        Assert.Equal(3, tables[0].Table.ColumnCount);
        Assert.Equal(2, tables[1].Table.ColumnCount);
    }

    [Fact]
    public void Lone_rules_and_boxed_paragraphs_are_not_tables()
    {
        var segments = new List<RulingSegment>
        {
            RulingSegment.Horizontal(50, 50, 500),
            RulingSegment.Horizontal(60, 50, 100),
            RulingSegment.Horizontal(700, 50, 300),
            RulingSegment.Horizontal(760, 50, 300),
            RulingSegment.Vertical(50, 700, 760),
            RulingSegment.Vertical(300, 700, 760),
        };

        Assert.Empty(new RuledTableBuilder().Build(1, segments, []));
    }

    [Fact]
    public void Text_outside_the_grid_is_left_for_paragraphs_and_wrapped_lines_join()
    {
        var grid = new GridDrawing(Xs, Ys);
        var fragments = new[]
        {
            new TextFragment("标题", new BoundingBox(50, 60, 80, 70)),
            new TextFragment("预算编制", new BoundingBox(155, 132, 200, 142)),
            new TextFragment("合理性", new BoundingBox(155, 145, 190, 155)),
            new TextFragment("Total", new BoundingBox(255, 132, 280, 142)),
            new TextFragment("score", new BoundingBox(284, 132, 310, 142)),
        };

        var built = Assert.Single(new RuledTableBuilder().Build(1, grid.Segments(), fragments));
        Assert.DoesNotContain(0, built.FragmentIndexes);
        Assert.Equal("预算编制合理性", Cell(built.Table, 1, 1).Text);
        Assert.Equal("Total score", Cell(built.Table, 1, 2).Text);
    }

    [Fact]
    public void Open_table_without_side_borders_ends_where_its_rules_end()
    {
        var segments = new List<RulingSegment>();
        foreach (var y in Ys)
        {
            segments.Add(RulingSegment.Horizontal(y, 50, 350));
        }

        segments.Add(RulingSegment.Vertical(150, 100, 190));
        segments.Add(RulingSegment.Vertical(250, 100, 190));

        var table = Assert.Single(new RuledTableBuilder().Build(1, segments, [])).Table;
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(new BoundingBox(50, 100, 350, 190), table.Provenance.Box);
    }

    [Fact]
    public void Hostile_coordinates_are_ignored()
    {
        var segments = new GridDrawing(Xs, Ys).Segments();
        segments.Add(new RulingSegment(double.NaN, 1, 2, 3));
        segments.Add(new RulingSegment(0, double.PositiveInfinity, 5, 5));
        segments.Add(new RulingSegment(0, 0, 100, 100));  // diagonal

        var table = Assert.Single(new RuledTableBuilder().Build(1, segments, [])).Table;
        Assert.Equal(9, table.Cells.Count);
    }

    [Theory]
    // A narrow cell wraps Chinese text at any character, digits included: the number is one number again.
    [InlineData("满意度≥9", "5%得5分", "满意度≥95%得5分")]
    [InlineData("80%（含）-90%得1.5", "0分", "80%（含）-90%得1.50分")]
    [InlineData("90%（含）-95", "%得4分", "90%（含）-95%得4分")]
    // Latin words wrapped in a cell keep their space.
    [InlineData("Budget", "execution", "Budget execution")]
    public void A_cell_wrapped_over_two_lines_is_joined_as_a_wrap(string first, string second, string expected)
    {
        var grid = new GridDrawing(Xs, Ys);
        var fragments = new[]
        {
            new TextFragment(first, new BoundingBox(55, 103, 145, 112)),
            new TextFragment(second, new BoundingBox(55, 115, 100, 124)),
        };
        var table = Assert.Single(new RuledTableBuilder().Build(1, grid.Segments(), fragments)).Table;
        Assert.Equal(expected, Cell(table, 0, 0).Text);
    }
}
