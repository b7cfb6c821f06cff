using Extraction.Ocr.Recognition;

namespace Extraction.Tests.Ocr;

public class NumericRepairTests
{
    [Theory]
    [InlineData("1. 5", "1.5")]
    [InlineData("“15”", "15")]
    [InlineData("O.5", "0.5")]
    [InlineData("l0", "10")]
    [InlineData("９１．１２", "91.12")]
    [InlineData("|00", "100")]
    [InlineData("98. 47%", "98.47%")]
    [InlineData("6.", "6")]
    [InlineData("0.5.", "0.5")]
    public void Lone_numbers_are_repaired(string read, string expected) =>
        Assert.Equal(expected, NumericRepair.RepairCell(read));

    [Theory]
    [InlineData("名称")]
    [InlineData("预算编制合理性")]
    [InlineData("1. 2019年预算差异数")]
    [InlineData("Total")]
    [InlineData("第3.")]
    public void Text_cells_are_left_alone(string text) =>
        Assert.Equal(text, NumericRepair.RepairCell(text));

    [Theory]
    [InlineData("总收入4O61.98万元", "总收入4061.98万元")]
    [InlineData("占比６０．３６％", "占比60.36%")]
    [InlineData("共l0l个", "共l0l个")]
    [InlineData("3分，90%（含）一95%的得1分", "3分，90%（含）—95%的得1分")]
    [InlineData("1一3月", "1—3月")]
    [InlineData("=（8105.9/8120.9)×100%~95.81%", "=（8105.9/8120.9)×100%≈95.81%")]
    [InlineData("完成率90%~95%", "完成率90%~95%")]
    [InlineData("第一季度完成一项，十一个", "第一季度完成一项，十一个")]
    public void Running_text_repairs_letters_between_digits_only(string read, string expected) =>
        Assert.Equal(expected, NumericRepair.RepairText(read));
}
