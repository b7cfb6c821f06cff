using Extraction.Messages;
using Extraction.Model;
using Extraction.Results;

namespace Extraction.Tests.Output;

/// <summary>Pipeline results built by hand, as the stages would produce them.</summary>
internal static class SampleResults
{
    public static string CorpusFile(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "corpus")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("corpus/ not found above the test folder"), "corpus", relative);
    }

    public static Indicator Indicator(string level1, string level2, string level3, decimal? weight, decimal? score, int page = 7, decimal? selfScore = null) =>
        new([new IndicatorLevel(level1, null), new IndicatorLevel(level2, null), new IndicatorLevel(level3, weight)], weight, score, new Evidence(page, $"{level3} {weight} {score}"))
        {
            Criteria = "按完成率计分",
            SelfScore = selfScore,
        };

    /// <summary>A self-assessment with one average mismatch whose evidence is boxed on page 1 of a real PDF.</summary>
    public static DocumentResult SelfAssessment(string path, string department = "湛江市民政局", int year = 2019, string extraText = "")
    {
        var box = new BoundingBox(73.8, 105.5, 423.8, 123.7);
        var finding = new Finding(
            "average_mismatch",
            Severity.Error,
            Msg.Of("finding.average", ("stated", "97.50%" + extraText), ("values", "36.10, 49.86, 74.22, 91.01"), ("computed", "62.80%")),
            [new Evidence(1, "全年平均执行率97.50%" + extraText) { Box = box, Cell = new CellRef(0, 3, 2) }])
        {
            Stated = 97.50m,
            Computed = 62.80m,
            Difference = 34.70m,
            Tolerance = 0.005m,
            Impact = Impact.Score,
            Relation = Msg.Of("relation.computed", ("formula", "（36.10+49.86+74.22+91.01）÷4"), ("computed", "62.80%"), ("stated", "97.50%")),
        };
        var indicators = new[]
        {
            new IndicatorAssessment(Indicator("部门决策", "预算编制", "预算编制合理性", 5m, 5m), "full_or_zero", 5m),
            new IndicatorAssessment(Indicator("部门管理", "资金管理", "预算执行率", 10m, 9.5m), "linear_rate", 6.28m) { Convention = "AwayFromZero" },
            new IndicatorAssessment(Indicator("部门产出", "产出数量", "救助人数", 8m, 8m), null, null),
        };
        return new DocumentResult(path, new string('a', 64), SourceFormat.Pdf, 12, new DocumentMetadata(DocumentKind.SelfAssessment)
        {
            Department = department,
            Year = year,
            Title = "2019年度部门整体支出绩效自评报告" + extraText,
            StatedTotal = new Figure("自评总分", 96.13m, "96.13", "分", new Evidence(3, "自评得分96.13分")),
            StatedGrade = "优",
        })
        {
            Indicators = indicators,
            Figures =
            [
                new Figure("一季度预算执行率", 36.10m, "36.10%", "%", new Evidence(4, "一季度预算执行率36.10%")) { Decimals = 2 },
                new Figure("年初预算", 1234.56m, "1,234.56万元", "万元", new Evidence(2, "年初预算1,234.56万元")) { Decimals = 2, ValueYuan = 12345600m },
            ],
            Findings = [finding, new Finding("rule_text_defect", Severity.Info, Msg.Of("finding.rule_bands_gap", ("indicator", "救助人数"), ("hi", "80"), ("lo", "90")), [new Evidence(7, "按完成率计分")])],
            Problems = [new Problem("tables", "表 2 第 4 行缺少分值", 7)],
        };
    }

    public static DocumentResult Verification(string path, string department = "民政局", int year = 2019)
    {
        var indicators = new[]
        {
            new IndicatorAssessment(Indicator("部门决策", "预算编制", "预算编制合理性", 5m, 4m, selfScore: 5m), null, null),
            new IndicatorAssessment(Indicator("部门管理", "资金管理", "1.预算执行率", 10m, 6m), null, null),
            new IndicatorAssessment(Indicator("部门效益", "满意度", "服务对象满意度", 5m, 5m), null, null),
        };
        return new DocumentResult(path, new string('b', 64), SourceFormat.Html, 1, new DocumentMetadata(DocumentKind.Verification)
        {
            Department = department,
            Year = year,
            Evaluator = "广东中正会计师事务所",
            StatedTotal = new Figure("核查得分", 85.5m, "85.5", "分", new Evidence(1, "核查得分85.5分")),
            StatedGrade = "良",
        })
        {
            Indicators = indicators,
        };
    }

    public static DocumentResult Unreadable(string path) =>
        new(path, new string('c', 64), SourceFormat.Docx, 0, new DocumentMetadata(DocumentKind.Other))
        {
            Problems = [new Problem("docx", "expected a ZIP package, found garbage at offset 0")],
        };
}
