using System.Text;

namespace Extraction.Tests.Readers.Unseen;

/// <summary>A score table broken inside a 一级 group by a page break: the continued part repeats no header
/// and leaves the 一级 and 二级 cells of its first rows blank (their merged cell stayed on the first page).</summary>
public sealed class SplitTableTests
{
    [Theory]
    [InlineData(6, "")]
    [InlineData(5, "<p>（续上表）</p>")]
    [InlineData(7, "<p style=\"page-break-before:always\"></p>")]
    public void A_part_without_header_continues_the_groups_of_the_part_before(int split, string between)
    {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><h1>").Append(UnseenReport.Title).Append("</h1>")
            .Append("<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>得分</td><td>分值</td></tr>");
        for (var i = 0; i < UnseenReport.Rows.Count; i++)
        {
            if (i == split)
            {
                html.Append("</table>").Append(between).Append("<table>");
            }

            var row = UnseenReport.Rows[i];
            var previous = i == 0 || i == split ? null : UnseenReport.Rows[i - 1];
            var level1 = previous?.Level1 == row.Level1 ? string.Empty : row.Level1;
            var level2 = previous?.Level2 == row.Level2 ? string.Empty : row.Level2;
            if (i == split && i > 0 && UnseenReport.Rows[i - 1].Level1 == row.Level1)
            {
                // The merged 一级 cell ended on the page before.
                level1 = string.Empty;
            }

            html.Append($"<tr><td>{level1}</td><td>{level2}</td><td>{row.Level3}</td><td>{UnseenPipeline.Number(row.Score)}</td><td>{UnseenPipeline.Number(row.Weight)}</td></tr>");
        }

        html.Append("<tr><td colspan=\"3\">合计</td><td>89.5</td><td>100</td></tr></table></body></html>");
        using var file = ScratchFile.WithText("split.html", html.ToString());
        var result = UnseenPipeline.Process(file);

        var table = Assert.Single(result.ScoreTables);
        Assert.Equal(UnseenPipeline.ExpectedRows(), UnseenPipeline.FoundRows(table));
        Assert.Equal(UnseenReport.Total, table.Total?.Value);
    }
}
