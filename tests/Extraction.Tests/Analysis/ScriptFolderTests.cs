using Extraction.Reading;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Tests.Analysis;

/// <summary>A traditional-script page is read in simplified forms, character for character; simplified text is left alone.</summary>
public sealed class ScriptFolderTests
{
    private const string Traditional =
        "<html><body><h1>某某局2019年度部門決算說明</h1>"
        + "<p>一、收入支出決算總體情況說明：2019年度收入總計1,234.56萬元，比上年增加100.00萬元，增長{0}%。主要原因是人員經費增加。</p>"
        + "<p>二、財政撥款支出決算情況說明：財政撥款支出1,000.00萬元，佔本年支出合計的81.00%。</p></body></html>";

    [Fact]
    public void Folding_keeps_every_index()
    {
        var text = "支出決算為1,234.56萬元，較年初預算減少3.20億元";
        var folded = TraditionalScript.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("支出决算为1,234.56万元，较年初预算减少3.20亿元", folded);
        Assert.Same("部门决算说明", TraditionalScript.Fold("部门决算说明"));
    }

    [Fact]
    public void Simplified_text_with_a_few_old_forms_is_not_traditional()
    {
        Assert.False(TraditionalScript.IsTraditional(["2024年度部门决算说明，由於某某同志审核，支出总计1234.56万元。"]));
        Assert.True(TraditionalScript.IsTraditional(["2019年度部門決算說明：收入總計1,234.56萬元，財政撥款支出1,000.00萬元，佔本年支出合計的81.00%。", "一般公共預算財政撥款基本支出決算數為800.00萬元。"]));
    }

    [Theory]
    // 100.00 ÷ 1134.56 = 8.81 %: right as printed, and a wrong rate is found as in simplified text.
    [InlineData("8.81", false)]
    [InlineData("9.81", true)]
    public void A_traditional_page_is_checked_like_a_simplified_one(string rate, bool wrong)
    {
        var path = Path.Combine(Path.GetTempPath(), $"extraction-traditional-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Traditional, rate));
        try
        {
            var result = Extraction.Cli.Composition.Pipeline().Process(new SourceFile(path), CancellationToken.None);
            Assert.Contains(result.Problems, p => p.Stage == "script");
            Assert.Contains(result.Figures, f => f.Value == 1234.56m && f.Unit == "万元");
            var alarms = result.Findings.Where(f => f.Severity >= Severity.Warning).ToArray();
            Assert.Equal(wrong, alarms.Any(f => f.Check == "ratio_mismatch" && f.Computed == 8.81m));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
