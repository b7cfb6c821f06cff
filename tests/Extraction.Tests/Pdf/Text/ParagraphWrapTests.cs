using Extraction.Model;
using Extraction.Pdf.Text;

namespace Extraction.Tests.Pdf.Text;

/// <summary>Lines wrapped inside a paragraph join without a space where the writer cannot have had one (a LibreOffice
/// print of an HTML page broke "变动率-81.31%" after the minus sign, which then read as 81.31%).</summary>
public sealed class ParagraphWrapTests
{
    [Theory]
    [InlineData("国库集中支付结转结余存量资金变动率-", "81.31%。", "国库集中支付结转结余存量资金变动率-81.31%。")]
    [InlineData("2019年末存量资金2106.", "12万元，占比5", "2019年末存量资金2106.12万元，占比5")]
    [InlineData("结转结余率为81.31", "%，较上年下降", "结转结余率为81.31%，较上年下降")]
    [InlineData("the total amount of the well-", "known fund was 2106.", "the total amount of the well-known fund was 2106.")]
    [InlineData("the total amount of the fund", "was 2106.12 in 2019", "the total amount of the fund was 2106.12 in 2019")]
    [InlineData("the amount paid in the year 2019.", "12 payments were late", "the amount paid in the year 2019. 12 payments were late")]
    public void A_wrapped_line_joins_its_paragraph(string first, string second, string expected)
    {
        var lines = new[]
        {
            new TextLine(first, new BoundingBox(72, 100, 500, 110), 10),
            new TextLine(second, new BoundingBox(72, 114, 200, 124), 10),
        };

        var paragraph = Assert.Single(ParagraphBuilder.Build(1, lines));

        Assert.Equal(expected, paragraph.Text);
    }
}
