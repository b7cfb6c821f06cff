using System.Text;
using static Extraction.Tests.Readers.DocxFiles;

namespace Extraction.Tests.Readers.Unseen;

/// <summary>Writes <see cref="UnseenReport"/> as a .docx the way real ones come: outline numbering, a two-row
/// header with spans, the table split over two tables with the header repeated, content controls around
/// rows, cells, paragraphs and runs, tracked changes (a deleted row, deleted and inserted text), hidden text, numbers
/// with full-width digits, soft hyphens and no-break spaces, criteria as numbered items.</summary>
internal static class UnseenDocx
{
    private const string NoSuffix = "<w:suff w:val=\"nothing\"/>";

    private static readonly string Numbering = AbstractNum(0,
        Level(0, "chineseCountingThousand", "%1、", extra: NoSuffix),
        Level(1, "chineseCountingThousand", "（%2）", extra: NoSuffix),
        Level(2, "decimal", "%3.", extra: NoSuffix)) + Num(1, 0) + Num(2, 0, "<w:lvlOverride w:ilvl=\"2\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");

    public static ScratchFile Write()
    {
        var body = new StringBuilder()
            .Append(P(UnseenReport.Title, "<w:outlineLvl w:val=\"0\"/>"))
            .Append(Item("部门概况", 1))
            .Append(P("本部门主要职责是城市市容环境卫生管理。"))
            .Append(Item("绩效自评结论", 1))
            .Append(P("经自评，2023年度部门整体支出绩效自评得分为８９．５分，评价等级为“良”。"))
            .Append(P("附件：部门整体支出绩效自评评分表"))
            .Append(Part(0))
            .Append(P("续表", "<w:pageBreakBefore/>"))
            .Append(Part(1))
            .Append(P("填报单位：某市城市管理局"));
        return WithBody(body.ToString(), numberingXml: Numbering);
    }

    private static string Part(int part)
    {
        var rows = new StringBuilder()
            .Append(Row(Cell(P("指标体系"), "<w:gridSpan w:val=\"4\"/>"), Cell(P("得分"), Restart), Cell(P("分值"), Restart), Cell(P("评分标准"), Restart)))
            .Append(Row(Cell(P("一级指标")), Cell(P("权重(%)")), Cell(P("二级指标")), Cell(P("三级指标")), Cell(P(string.Empty), Continue), Cell(P(string.Empty), Continue), Cell(P(string.Empty), Continue)));
        var index = part == 0 ? 0 : UnseenReport.FirstPartRows;
        foreach (var group in UnseenReport.Part(part))
        {
            string? previousLevel2 = null;
            var first = true;
            foreach (var row in group)
            {
                rows.Append(DataRow(row, index, first, row.Level2 != previousLevel2));
                if (index == 6)
                {
                    // Deleted with tracked changes: Word's final view has no such row.
                    rows.Append("<w:tr><w:trPr><w:del w:id=\"90\" w:author=\"审核\" w:date=\"2024-03-01T00:00:00Z\"/></w:trPr>"
                        + Cell(P(string.Empty), Continue) + Cell(P(string.Empty), Continue) + Cell(P("旧二级")) + Cell(P("已删除指标")) + Cell(P("3")) + Cell(P("3")) + Cell(P("删除")) + "</w:tr>");
                }

                previousLevel2 = row.Level2;
                first = false;
                index++;
            }
        }

        if (part == 1)
        {
            rows.Append(Row(Cell(P("合计"), "<w:gridSpan w:val=\"4\"/>"), Cell(P("89.5")), Cell(P("100")), Cell(P(string.Empty))))
                .Append(Row(Cell(P("评价等级"), "<w:gridSpan w:val=\"4\"/>"), Cell(P(UnseenReport.Grade), "<w:gridSpan w:val=\"3\"/>")));
        }

        return Table(7, rows.ToString());
    }

    private static string DataRow(UnseenRow row, int index, bool firstOfLevel1, bool firstOfLevel2)
    {
        var level1 = firstOfLevel1 ? Cell(P(row.Level1), Restart) + Cell(P(UnseenPipeline.Number(row.Level1Share)), Restart) : Cell(P(string.Empty), Continue) + Cell(P(string.Empty), Continue);
        var level2 = firstOfLevel2 ? Cell(P(row.Level2), Restart) : Cell(P(string.Empty), Continue);
        var name = index switch
        {
            1 => Runs(Run("立项程序"), $"<w:del w:id=\"1\" w:author=\"审核\"><w:r><w:delText>合理</w:delText></w:r></w:del>", Run("规范性")),
            3 => $"<w:sdt><w:sdtPr><w:alias w:val=\"指标\"/></w:sdtPr><w:sdtContent>{P(row.Level3)}</w:sdtContent></w:sdt>",
            8 => Runs(Run("实际"), $"<w:ins w:id=\"2\" w:author=\"审核\"><w:r><w:t>完成</w:t></w:r></w:ins>", Run("率")),
            _ => P(row.Level3),
        };
        var score = index switch
        {
            1 => Runs($"<w:del w:id=\"3\" w:author=\"审核\"><w:r><w:delText>3</w:delText></w:r></w:del>", $"<w:ins w:id=\"4\" w:author=\"审核\"><w:r><w:t>3.5</w:t></w:r></w:ins>"),
            4 => P("５"),
            5 => P("4\u00AD.2"),
            6 => P("\u00A05\u00A0"),
            7 => Runs("<w:r><w:rPr><w:vanish/></w:rPr><w:t>3</w:t></w:r>", Run("4")),
            10 => P("８．５"),
            12 => Runs(Run("8"), "<w:softHyphen/>", Run(".0")),
            13 => Runs($"<w:sdt><w:sdtPr><w:tag w:val=\"score\"/></w:sdtPr><w:sdtContent>{Run("8.3")}</w:sdtContent></w:sdt>"),
            _ => P(UnseenPipeline.Number(row.Score)),
        };
        var weight = index switch
        {
            4 => P("５"),
            6 => P("5\u00A0分"),
            _ => P(UnseenPipeline.Number(row.Weight)),
        };
        var criteria = Item($"有依据得{UnseenPipeline.Number(row.Weight / 2)}分", 2, 2) + Item($"程序规范得{UnseenPipeline.Number(row.Weight / 2)}分", 2, 2);
        var scoreCell = index == 3 ? $"<w:sdt><w:sdtContent>{Cell(score)}</w:sdtContent></w:sdt>" : Cell(score);
        var cells = level1 + level2 + Cell(name) + scoreCell + Cell(weight) + Cell(criteria);
        return index == 2 ? $"<w:sdt><w:sdtContent>{Row(cells)}</w:sdtContent></w:sdt>" : Row(cells);
    }

    private const string Restart = "<w:vMerge w:val=\"restart\"/>";

    private const string Continue = "<w:vMerge/>";

    private static string Run(string text) => $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static string Runs(params string[] runs) => "<w:p>" + string.Concat(runs) + "</w:p>";
}
