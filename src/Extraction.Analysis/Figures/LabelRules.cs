using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.Figures;

/// <summary>Turns the text before a number into its label: the noun phrase left after trimming connectors
/// (为/是/达/共计/约 …), leading stop words (其中/全年/实际 …), leading dates and the reporting body's name.</summary>
internal static partial class LabelRules
{
    private static readonly string[] TrailingConnectors =
        ["分别为", "分别是", "约为", "约", "近", "大约", "≈", "为", "是", "达到", "达", "共计", "共", "合计", "总计", "累计", "计", "有", "了", "的", "：", ":", "=", "＝", "仅", "超过", "高达", "降至", "增至", "下降", "增长", "减少", "增加", "占比"];

    private static readonly string[] LeadingStopWords =
        ["其中", "全年", "共计", "实际", "完成", "本单位", "我单位", "本局", "我局", "我分局", "本分局", "本部门", "我部门", "本中心", "我中心", "本年度", "本年", "年度", "截至", "截止", "此外", "另外", "同时", "并且", "而", "且", "并", "即", "经复核", "经计算", "经核查", "本次", "以及", "及", "和", "与", "、", "，", ",", "；", ";", "：", ":", "(", ")", "“", "”", "，", "的"];

    public static string Clean(string region)
    {
        var label = TextNormalizer.RemoveWhitespace(region);
        label = Bracketed().Replace(label, string.Empty);
        for (var guard = 0; guard < 12; guard++)
        {
            var before = label;
            label = TrimTrailing(label);
            label = TrimLeading(label);
            if (label == before)
            {
                break;
            }
        }

        return label;
    }

    /// <summary>Whether a label is only a connector or empty (the number then takes its label from context).</summary>
    public static bool IsEmpty(string label) => label.Length == 0 || label.All(c => !char.IsLetter(c));

    private static string TrimLeading(string label)
    {
        var year = LeadingDate().Match(label);
        if (year.Success)
        {
            label = label[year.Length..];
        }

        var org = LeadingOrganisation().Match(label);
        if (org.Success && label.Length - org.Length >= 2)
        {
            label = label[org.Length..];
        }

        foreach (var word in LeadingStopWords)
        {
            if (label.StartsWith(word, StringComparison.Ordinal) && label.Length - word.Length >= 2)
            {
                return label[word.Length..];
            }
        }

        return label;
    }

    private static string TrimTrailing(string label)
    {
        foreach (var word in TrailingConnectors)
        {
            if (label.EndsWith(word, StringComparison.Ordinal) && label.Length > word.Length)
            {
                return label[..^word.Length];
            }
        }

        return label;
    }

    /// <summary>"2020年", "2020年度", "2020年我分局" — but "2019年末" / "2019年初" keep their year.</summary>
    [GeneratedRegex(@"^\d{4}(?:年度|年(?![末初底]))")]
    private static partial Regex LeadingDate();

    /// <summary>A body's name ("湛江市民政局", "深圳市…管理中心") at the start of a label.</summary>
    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,12}?[省市区县][\u4e00-\u9fff]{1,20}?(?:分局|局|中心|委员会|办公室|办事处|街道|人民政府|厅)")]
    private static partial Regex LeadingOrganisation();

    [GeneratedRegex(@"[（(](?:以下简称|简称)[^）)]*[）)]")]
    private static partial Regex Bracketed();
}
