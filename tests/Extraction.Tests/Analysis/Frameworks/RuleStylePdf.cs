using System.Globalization;
using System.Text;
using Extraction.Tests.Pdf.Text;

namespace Extraction.Tests.Analysis.Frameworks;

/// <summary>How a score table's rules are drawn.</summary>
public enum RuleStyle
{
    /// <summary>A top rule, a rule under the header, a bottom rule; no verticals.</summary>
    ThreeLine,

    /// <summary>A rule over and under the header only.</summary>
    HeaderOnly,

    /// <summary>Horizontal rules between all rows, no verticals.</summary>
    HorizontalOnly,
}

/// <summary>Draws a score table as a one-page PDF (STSong-Light, UCS-2) with partial rules, criteria wrapped over
/// several lines, numbers right-aligned in their columns, cells top-aligned or centred vertically.</summary>
internal static class RuleStylePdf
{
    public static readonly string[] Header = ["一级指标", "二级指标", "三级指标", "分值", "得分", "评分标准"];

    public static readonly string[][] Rows =
    [
        ["决策", "项目立项", "立项依据充分性", "5", "5.00", "依据充分得5分，否则酌情扣分。"],
        ["", "", "立项程序规范性", "5", "4.00", "程序规范得5分；每发现一处不规范扣1分，扣完为止。"],
        ["", "绩效目标", "绩效目标合理性", "10", "9.50", "目标明确合理得10分。"],
        ["过程", "资金管理", "资金到位率", "10", "10.00", "到位率×10分。"],
        ["", "", "预算执行率", "10", "9.60", "执行率×10分，执行率=实际支出/预算数×100%，超过100%按100%计。"],
        ["产出", "产出数量", "完成数量", "30", "28.00", "按完成比例计分。"],
        ["效益", "社会效益", "服务对象满意度", "30", "29.00", "满意度≥95%得30分，每低1个百分点扣1分。"],
        ["合计", "", "", "100", "95.10", ""],
    ];

    private static readonly double[] Lefts = [50, 100, 160, 250, 290, 340];
    private static readonly double[] Rights = [95, 155, 245, 280, 330, 545];
    private const double Size = 9;
    private const double Pitch = 12;
    private const int CriteriaChars = 21;

    /// <summary>A small three-line budget table of the same width above the score table, a note and a heading between
    /// them (nothing but the rules' weights tells where one table ends and the next begins).</summary>
    public static readonly string[][] Budget =
    [
        ["项目", "年初预算", "全年预算", "执行率"],
        ["基本支出", "3201.38", "3284.95", "98.06%"],
        ["项目支出", "4636.17", "5150.02", "89.37%"],
        ["合计", "7837.55", "8434.97", "92.75%"],
    ];

    public static byte[] Draw(RuleStyle style, bool centred, bool budgetAbove = false)
    {
        var content = new StringBuilder();
        Text(content, 200, 800, 14, "某项目绩效评价指标评分表");
        var y = 760.0;
        if (budgetAbove)
        {
            Rule(content, y + Pitch, 1.2);
            double[] lefts = [50, 180, 300, 420];
            for (var i = 0; i < Budget.Length; i++)
            {
                for (var j = 0; j < 4; j++)
                {
                    Text(content, lefts[j], y, Size, Budget[i][j]);
                }

                if (i == 0)
                {
                    Rule(content, y - 4, 0.6);
                }

                y -= Pitch + 6;
            }

            Rule(content, y + Pitch - 2, 1.2);
            Text(content, 50, y - 6, 10, "注：执行率=全年执行数÷全年预算数。");
            Text(content, 50, y - 30, 12, "三、绩效评价得分情况");
            y -= 70;
        }

        var top = y + Pitch;
        Rule(content, top, 1.2);
        Row(content, Header, ref y, centred, header: true);
        Rule(content, y + Pitch - 2, 0.6);
        if (style == RuleStyle.HeaderOnly)
        {
            y -= 4;
        }

        for (var i = 0; i < Rows.Length; i++)
        {
            Row(content, Rows[i], ref y, centred, header: false);
            if (style == RuleStyle.HorizontalOnly && i < Rows.Length - 1)
            {
                Rule(content, y + Pitch - 2, 0.4);
            }
        }

        if (style != RuleStyle.HeaderOnly)
        {
            Rule(content, y + Pitch - 2, 1.2);
        }

        Text(content, 50, y - 30, 10, "注：本表由评价组填写，得分保留两位小数。");
        var t = new TestPdf();
        var descendant = t.Add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /W [1 95 500] >>");
        var font = t.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [{descendant} 0 R] >>");
        return t.Build(content.ToString(), $"<< /Font << /F1 {font} 0 R >> >>");
    }

    private static void Row(StringBuilder content, string[] cells, ref double y, bool centred, bool header)
    {
        var wrapped = cells.Select((c, j) => j == 5 ? Wrap(c) : [c]).ToArray();
        var lines = wrapped.Max(w => w.Length);
        for (var j = 0; j < cells.Length; j++)
        {
            var offset = centred ? (lines - wrapped[j].Length) * Pitch / 2 : 0;
            for (var k = 0; k < wrapped[j].Length; k++)
            {
                var text = wrapped[j][k];
                var numeric = !header && j is 3 or 4;
                var x = numeric ? Rights[j] - Width(text) : Lefts[j];
                Text(content, x, y - offset - (k * Pitch), Size, text);
            }
        }

        y -= lines * Pitch + 6;
    }

    private static string[] Wrap(string text)
    {
        if (text.Length == 0)
        {
            return [string.Empty];
        }

        var parts = new List<string>();
        for (var i = 0; i < text.Length; i += CriteriaChars)
        {
            parts.Add(text.Substring(i, Math.Min(CriteriaChars, text.Length - i)));
        }

        return parts.ToArray();
    }

    // CIDs of ASCII under UniGB-UCS2 are 1-95 (half width, /W 500); the rest full width.
    private static double Width(string text) => text.Sum(c => c < 128 ? Size / 2 : Size);

    private static void Text(StringBuilder content, double x, double y, double size, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var hex = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
        content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x:0.##} {y:0.##} Td <{hex}> Tj ET\n");
    }

    private static void Rule(StringBuilder content, double y, double width) =>
        content.Append(CultureInfo.InvariantCulture, $"{width:0.##} w 45 {y:0.##} m 550 {y:0.##} l S\n");
}
