using Extraction.Analysis.ScoreTables;
using Extraction.Model;

namespace Extraction.Tests.Analysis;

/// <summary>An indicator whose name cell spans two rows (its note and score printed on the second) is one indicator;
/// when its first row opens a new page with a note ending in a conclusion, that note is the row above's, run over the
/// page break.</summary>
public sealed class SpannedNameRowTests
{
    private static readonly SpanCell[] Header = [new("一级指标"), new("二级指标"), new("三级指标"), new("分值"), new("评价意见"), new("得分")];

    private static Table First() => SeedDocuments.TableFrom(
    [
        Header,
        [new("A决策15分", 2), new("A3资金投入5分", 2), new("A301预算编制科学性"), new("3"), new("预算编制合理；该指标得3.00分"), new("3.00")],
        [new("A302资金分配合理性"), new("2"), new("一次性竞赛补贴标准原则上为…"), new("")],
    ]);

    private static Table Second(string spill) => SeedDocuments.TableFrom(
    [
        Header,
        [new("B过程25分", 2), new("B1组织实施13分", 2), new("B101管理制度健全性", 2), new("5", 2), new(spill), new("")],
        [new("省人社厅对项目建立了监控机制；综上，该指标得3.33分"), new("3.33")],
    ], page: 2);

    private static IReadOnlyList<(string Name, decimal? Score, string? Note)> Read(Table second) =>
        Assert.Single(new ScoreTableExtractor().Extract(new Document(SourceFormat.Html, [new Page(1, [First()]), new Page(2, [second])], [])))
            .Indicators.Select(i => (i.Name, i.Score, i.VerifierNote)).ToList();

    [Fact]
    public void A_name_spanning_two_rows_is_one_indicator_and_the_note_run_over_the_break_goes_back()
    {
        var rows = Read(Second("资金分配额度不尽合理；综上，该指标得1.00分"));
        Assert.Equal(["A301预算编制科学性", "A302资金分配合理性", "B101管理制度健全性"], rows.Select(r => r.Name));
        Assert.Equal(1.00m, rows[1].Score);
        Assert.EndsWith("该指标得1.00分", rows[1].Note, StringComparison.Ordinal);
        Assert.Equal(3.33m, rows[2].Score);
        Assert.StartsWith("省人社厅", rows[2].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_note_without_a_conclusion_stays_with_its_indicator()
    {
        var rows = Read(Second("省级主管部门已建立制度"));
        Assert.Null(rows[1].Score);
        Assert.Equal(3.33m, rows[2].Score);
        Assert.StartsWith("省级主管部门", rows[2].Note, StringComparison.Ordinal);
    }
}
