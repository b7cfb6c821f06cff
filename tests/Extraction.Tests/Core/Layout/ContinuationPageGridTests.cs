using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

/// <summary>A page continuing a table, ruled the way Chromium/Skia draws it: every cell draws its own left and top
/// border, the first row on the page has no top rule, and columns still covered by cells spanning down from the
/// previous page carry no horizontal rule at all.</summary>
public sealed class ContinuationPageGridTests
{
    private static readonly double[] Xs = [50, 100, 150, 250, 350];

    private static List<RulingSegment> ContinuationPage(double top = 100, double bottom = 190)
    {
        var segments = Xs.Select(x => RulingSegment.Vertical(x, top, bottom)).ToList();
        foreach (var y in new[] { 130.0, 160.0 })
        {
            segments.Add(RulingSegment.Horizontal(y, 150, 250));
            segments.Add(RulingSegment.Horizontal(y, 250, 350));
        }

        segments.Add(RulingSegment.Horizontal(bottom, 50, 350));
        return segments;
    }

    [Fact]
    public void Columns_of_spans_continued_from_the_previous_page_stay_in_the_table()
    {
        var segments = ContinuationPage();
        segments.RemoveAt(segments.Count - 1); // the table goes on: no bottom rule either
        var fragments = new[] { new TextFragment("预算执行", new BoundingBox(55, 140, 95, 150)) };

        var built = Assert.Single(new RuledTableBuilder().Build(5, segments, fragments));

        var table = built.Table;
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(3, table.RowCount);
        var spanned = table.CellAt(1, 0)!;
        Assert.Equal((0, 0, 3, 1, "预算执行"), (spanned.Row, spanned.Column, spanned.RowSpan, spanned.ColumnSpan, spanned.Text));
        Assert.Equal((0, 1, 3, 1), (table.CellAt(2, 1)!.Row, table.CellAt(2, 1)!.Column, table.CellAt(2, 1)!.RowSpan, table.CellAt(2, 1)!.ColumnSpan));
        Assert.Equal([false, false, false, false], built.Rims!.TopRuled);
        Assert.Equal([false, false, false, false], built.Rims.BottomRuled);
        Assert.Equal(Xs, built.Rims.ColumnBounds);
    }

    [Fact]
    public void Bottom_rule_of_a_table_ending_on_the_page_is_seen_in_the_rims()
    {
        var built = Assert.Single(new RuledTableBuilder().Build(5, ContinuationPage(), []));

        Assert.Equal(4, built.Table.ColumnCount);
        Assert.Equal([true, true, true, true], built.Rims!.BottomRuled);
        Assert.Equal([false, false, false, false], built.Rims.TopRuled);
    }

    [Fact]
    public void A_vertical_rule_far_from_the_table_or_of_another_height_is_not_a_column()
    {
        var segments = ContinuationPage();
        segments.RemoveAt(segments.Count - 1);
        segments.RemoveAll(s => s.X1 is 50 or 100);
        segments.Add(RulingSegment.Vertical(40, 100, 190));   // 110 pt left of the table: wider than any column
        segments.Add(RulingSegment.Vertical(120, 100, 150));  // beside it, but half its height

        var table = Assert.Single(new RuledTableBuilder().Build(5, segments, [])).Table;

        Assert.Equal(2, table.ColumnCount);
        Assert.Equal(new BoundingBox(150, 100, 350, 190), table.Provenance.Box);
    }
}
