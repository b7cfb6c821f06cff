using Extraction.Ocr.Recognition;

namespace Extraction.Tests.Ocr;

public class QuoteRepairTests
{
    [Theory]
    [InlineData("t三公经费”控制率", "“三公经费”控制率")]
    [InlineData(".三公经费”控制率", "“三公经费”控制率")]
    [InlineData("'三公'经费”", "“三公'经费”")]
    public void An_opening_quote_read_as_a_stray_mark_is_put_back(string read, string expected) =>
        Assert.Equal(expected, QuoteRepair.RepairCell(read));

    [Theory]
    [InlineData("“三公经费”控制率")]
    [InlineData("三公经费”控制率")]
    [InlineData("t三公经费控制率")]
    [InlineData("A类项目”说明")]
    [InlineData("t")]
    public void Cells_without_an_unopened_quote_after_a_stray_mark_are_left_alone(string text) =>
        Assert.Equal(text, QuoteRepair.RepairCell(text));
}
