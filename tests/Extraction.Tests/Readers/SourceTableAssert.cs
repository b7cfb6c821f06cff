using Extraction.Model;

namespace Extraction.Tests.Readers;

/// <summary>Checks a table read from a rendering against the seed's structured source: same grid
/// size, every source row's cells in order with their text and spans, no holes in the grid.</summary>
internal static class SourceTableAssert
{
    /// <summary>Every table of the seed's rendering (corpus/seeds/&lt;id&gt;&lt;extension&gt;) matches its source, in order.</summary>
    public static void SeedTablesMatch(Extraction.Reading.IDocumentReader reader, string id, string extension)
    {
        var source = SeedSource.Load(id);
        var document = ReaderFiles.Read(reader, ReaderFiles.Corpus("seeds", id + extension));

        var tables = document.Tables.ToList();
        var expected = source.Tables.ToList();
        Assert.Equal(expected.Count, tables.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Matches(expected[i], tables[i]);
        }
    }

    public static void Matches(SourceTable source, Table table)
    {
        Assert.Equal(source.Rows.Count, table.RowCount);
        Assert.Equal(source.ColumnCount, table.ColumnCount);
        for (var r = 0; r < source.Rows.Count; r++)
        {
            var expected = source.Rows[r];
            var actual = table.Cells.Where(c => c.Row == r).OrderBy(c => c.Column).ToList();
            Assert.True(expected.Count == actual.Count,
                $"{source.Id} row {r}: expected {expected.Count} cells, found {actual.Count}: {string.Join(" | ", actual.Select(c => c.Text))}");
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(SeedSource.Normalise(expected[i].Text), actual[i].Text);
                Assert.True(expected[i].RowSpan == actual[i].RowSpan && expected[i].ColumnSpan == actual[i].ColumnSpan,
                    $"{source.Id} row {r} cell \"{actual[i].Text}\": expected span {expected[i].RowSpan}x{expected[i].ColumnSpan}, found {actual[i].RowSpan}x{actual[i].ColumnSpan}");
            }
        }

        var grid = table.ToGrid();
        foreach (var cell in grid)
        {
            Assert.NotNull(cell);
        }
    }
}
