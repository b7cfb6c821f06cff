using System.Text.RegularExpressions;

namespace Extraction.Analysis.Common;

/// <summary>Grade words (评分等级) and the bands of DOMAIN.md: 优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60.</summary>
internal static partial class Grades
{
    /// <summary>Maps a printed grade ("优", "优秀", "良好", "“中”") to 优/良/中/差, or null.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = GradeWord().Match(text);
        if (!key.Success)
        {
            return null;
        }

        return key.Value switch
        {
            "优秀" or "优" => "优",
            "良好" or "良" => "良",
            "中等" or "中" or "合格" => "中",
            "较差" or "差" or "不合格" => "差",
            _ => null,
        };
    }

    /// <summary>A cell or clause that is only a grade word, possibly quoted ("优", "“优”", "优秀").</summary>
    public static string? FromCell(string text)
    {
        var t = Extraction.Text.TextNormalizer.Key(text).Trim('“', '”', '"', '\'', '「', '」', '。', '级');
        return t.Length is > 0 and <= 3 ? Normalize(t) : null;
    }

    /// <summary>"评价等级为“优”", "评定等级为优", "评分等级：良": the grade a sentence states.</summary>
    public static (string Grade, int Index, int Length)? FindStated(string text)
    {
        var m = StatedGrade().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var g = Normalize(m.Groups["g"].Value);
        return g is null ? null : (g, m.Index, m.Length);
    }

    /// <summary>Every grade a paragraph states, in order ("自评等级为“良”；经核查，核查等级为“中”").</summary>
    public static IEnumerable<(string Grade, int Index, int Length)> AllStated(string text)
    {
        foreach (Match m in StatedGrade().Matches(text))
        {
            if (Normalize(m.Groups["g"].Value) is { } g)
            {
                yield return (g, m.Index, m.Length);
            }
        }
    }

    [GeneratedRegex("不合格|优秀|良好|中等|较差|合格|优|良|中|差")]
    private static partial Regex GradeWord();

    [GeneratedRegex(@"(?:等级|级别|档次)\s*(?:(?:为|是|评定为|评为|:|：)\s*[“""「']?|[“""「'])\s*(?<g>优秀|良好|中等|较差|不合格|合格|优|良|中|差)")]
    private static partial Regex StatedGrade();
}
