namespace Extraction.Rules.Checks.Budget;

/// <summary>Subject codes of the 政府收支分类科目 (功能分类 2xx, 经济分类 3xx/5xx): 类 three digits, 款 and 项 two more
/// each, printed joined (2013901) or split over 类/款/项 columns (201 | 39 | 01).</summary>
internal static class SubjectCodes
{
    public static bool IsHead(string text) => text.Length is 3 or 5 or 7 && text.All(char.IsAsciiDigit) && text[0] != '0';

    /// <summary>A row label that opens with a code of 3, 5 or 7 digits ("2010101 行政运行", "301 工资福利支出"): the row belongs
    /// to a classification table. Unlike <see cref="IsHead"/> the code is not parsed, so its first digit is not held.</summary>
    public static bool Leads(string text)
    {
        var t = text.Trim();
        return t.Length >= 3 && t.TakeWhile(char.IsAsciiDigit).Count() is 3 or 5 or 7;
    }

    public static bool IsSub(string text) => text.Length == 2 && text.All(char.IsAsciiDigit);

    /// <summary>1 = 类, 2 = 款, 3 = 项, 0 = not a code.</summary>
    public static int Level(string code) => code.Length switch
    {
        3 => 1,
        5 => 2,
        7 => 3,
        _ => 0,
    };

    public static string LevelName(int level) => level switch
    {
        1 => "类",
        2 => "款",
        _ => "项",
    };
}
