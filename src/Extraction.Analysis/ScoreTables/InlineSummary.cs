using System.Text.RegularExpressions;
using Extraction.Analysis.Common;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Summary values printed inside one cell: "评价等级：良" (label and grade together), "合计：89.5",
/// "89.5（良）" (a total with its grade in brackets).</summary>
internal static partial class InlineSummary
{
    private static readonly string[] GradeWords = ["优", "良", "中", "差", "优秀", "良好", "中等", "较差", "合格", "不合格"];

    /// <summary>The grade of a cell that holds a grade label and the grade ("评价等级：良", "等级为优").</summary>
    public static string? LabelledGrade(string text)
    {
        var key = TextNormalizer.Key(text);
        var m = Labelled().Match(key);
        if (m.Success && RowLabels.IsGrade(m.Groups["label"].Value))
        {
            return Grades.FromCell(m.Groups["value"].Value);
        }

        // The colon lost ("自评等级中": a scan's faint "：" is not read): a grade label, then only a grade word.
        return RowLabels.GradeLabelAtStart(key) is { } label && GradeWords.Contains(key[label.Length..]) ? Grades.Normalize(key[label.Length..]) : null;
    }

    /// <summary>The number of a cell that holds a total label and the total ("合计：89.5分").</summary>
    public static PrintedNumber? LabelledTotal(string text)
    {
        var m = Labelled().Match(TextNormalizer.Key(text));
        return m.Success && RowLabels.IsTotal(m.Groups["label"].Value) && CellNumber.TryParse(m.Groups["value"].Value, out var n) ? n : null;
    }

    /// <summary>A grade in brackets after a number ("89.5（良）", "89.5分(良好)").</summary>
    public static string? BracketedGrade(string text)
    {
        var m = Bracketed().Match(TextNormalizer.Key(text));
        return m.Success ? Grades.FromCell(m.Groups["grade"].Value) : null;
    }

    [GeneratedRegex(@"^(?<label>[\u4e00-\u9fff]{2,6}?)(?:[:：]|为|是)(?<value>.{1,12})$")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^[-+]?\d+(?:\.\d+)?分?[（(](?<grade>[^）)]{1,4})[)）]$")]
    private static partial Regex Bracketed();
}
