using System.Text;

namespace Extraction.Tests.Readers.Unseen;

/// <summary>Writes <see cref="UnseenReport"/> as a GBK-encoded page of a government site: the article inside
/// nested divs and a layout table beside a menu, a score table with 序号, rowspan/colspan headers, 得分 before
/// 分值 and a 权重(%) column (the indicator's share of its 一级, not its weight), split in two tables with the header repeated, numbers with soft hyphens,
/// no-break spaces and full-width digits.</summary>
internal static class UnseenHtml
{
    public static ScratchFile Write()
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">")
            .Append("<title>").Append(UnseenReport.Title).Append(" - 某市人民政府</title></head><body>")
            .Append("<div class=\"top\"><div class=\"logo\">某市人民政府门户网站</div></div>")
            .Append("<div class=\"wrap\"><div class=\"container\"><table width=\"1000\" class=\"layout\"><tr>")
            .Append("<td width=\"200\" class=\"left\"><ul><li><a href=\"/a\">首页</a></li><li><a href=\"/b\">政务公开</a></li><li><a href=\"/c\">财政预决算</a></li><li><a href=\"/d\">绩效评价</a></li></ul></td>")
            .Append("<td width=\"800\"><div class=\"content\"><div class=\"article\">")
            .Append("<h1>").Append(UnseenReport.Title).Append("</h1>")
            .Append("<p>一、部门概况</p><p>本部门主要职责是城市市容环境卫生管理。</p>")
            .Append("<p>二、绩效自评结论</p><p>经自评，2023年度部门整体支出绩效自评得分为８９．５分，评价等级为“良”。</p>")
            .Append("<p>附件：部门整体支出绩效自评评分表</p>")
            .Append("<div class=\"tablebox\"><div>").Append(Part(0)).Append("</div></div>")
            .Append("<p>续表</p>")
            .Append("<div class=\"tablebox\"><div>").Append(Part(1)).Append("</div></div>")
            .Append("<p>填报单位：某市城市管理局</p>")
            .Append("</div></div></td></tr></table></div></div>")
            .Append("<div class=\"footer\">主办单位：某市人民政府办公室 版权所有</div></body></html>");
        return ScratchFile.WithBytes("unseen.html", Gbk.GetBytes(html.ToString()));
    }

    private static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GBK");
        }
    }

    private static string Part(int part)
    {
        var sb = new StringBuilder("<table border=\"1\" cellspacing=\"0\"><thead>")
            .Append("<tr><th rowspan=\"2\">序号</th><th colspan=\"3\">评价指标</th><th rowspan=\"2\">得分</th><th rowspan=\"2\">分值</th><th rowspan=\"2\">权重(%)</th></tr>")
            .Append("<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th></tr></thead><tbody>");
        var index = part == 0 ? 0 : UnseenReport.FirstPartRows;
        foreach (var group in UnseenReport.Part(part))
        {
            var rows = group.ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                sb.Append("<tr><td>").Append(index + 1).Append("</td>");
                if (i == 0)
                {
                    sb.Append($"<td rowspan=\"{rows.Count}\">{row.Level1}</td>");
                }

                if (i == 0 || rows[i - 1].Level2 != row.Level2)
                {
                    sb.Append($"<td rowspan=\"{rows.Skip(i).TakeWhile(r => r.Level2 == row.Level2).Count()}\">{row.Level2}</td>");
                }

                var score = index switch
                {
                    5 => "4&shy;.2",
                    6 => "&nbsp;5&nbsp;",
                    10 => "８．５",
                    _ => UnseenPipeline.Number(row.Score),
                };
                var weight = index == 4 ? "５" : UnseenPipeline.Number(row.Weight);
                sb.Append($"<td>{row.Level3}</td><td>{score}</td><td>{weight}</td><td>{row.Weight * 100 / row.Level1Share:0.00}</td></tr>");
                index++;
            }
        }

        if (part == 1)
        {
            sb.Append("<tr><td colspan=\"4\">合计</td><td>89.5</td><td>100</td><td>100.00</td></tr>")
                .Append($"<tr><td colspan=\"4\">评价等级</td><td colspan=\"3\">{UnseenReport.Grade}</td></tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }
}
