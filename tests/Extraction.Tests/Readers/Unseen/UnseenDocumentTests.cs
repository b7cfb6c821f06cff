using Extraction.Results;
using Extraction.Text;

namespace Extraction.Tests.Readers.Unseen;

/// <summary>Documents of the kinds the project reads but laid out unlike the seeds, through the real pipeline
/// (readers, score tables, metadata): every indicator's path, weight and score, the total and the grade.</summary>
public sealed class UnseenDocumentTests
{
    [Fact]
    public void Docx_with_split_table_content_controls_tracked_changes_and_odd_numbers()
    {
        using var file = UnseenDocx.Write();
        var result = UnseenPipeline.Process(file);

        AssertReport(result);
        Assert.Equal(UnseenReport.Rows.Select(r => (decimal?)r.Level1Share), result.ScoreTables[0].Indicators.Select(i => i.Levels[0].Weight));
        var criteria = result.ScoreTables.Single().Indicators[0].Criteria;
        Assert.Equal("1.有依据得2分\n2.程序规范得2分", criteria);
    }

    [Fact]
    public void Html_in_layout_tables_with_gbk_charset_and_split_table()
    {
        using var file = UnseenHtml.Write();
        AssertReport(UnseenPipeline.Process(file));
    }

    private static void AssertReport(DocumentResult result)
    {
        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(UnseenPipeline.ExpectedRows(), UnseenPipeline.FoundRows(table));
        Assert.Equal(UnseenReport.Total, table.Total?.Value);
        Assert.Equal(UnseenReport.Total, result.Metadata.StatedTotal?.Value);
        Assert.Equal(UnseenReport.Total, result.Metadata.NarrativeTotal?.Value);
        Assert.Equal(UnseenReport.Grade, result.Metadata.StatedGrade);
        Assert.Equal(UnseenReport.Title, TextNormalizer.RemoveWhitespace(result.Metadata.Title ?? string.Empty));
    }
}
