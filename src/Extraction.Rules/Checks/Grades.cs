namespace Extraction.Rules.Checks;

/// <summary>Grade bands (优 ≥ 90, 良 80–90, 中 60–80, 差 &lt; 60 unless a rulebook says otherwise) and the
/// synonyms documents use for them.</summary>
public static class Grades
{
    /// <summary>The bands of the bundled national rulebook (falling back to 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差).</summary>
    public static readonly IReadOnlyList<(string Grade, decimal Min)> National = Load();

    private static (string Grade, decimal Min)[] Load()
    {
        var book = Rulebooks.RulebookLoader.Bundled().FirstOrDefault(b => b.Grades.Count > 0);
        if (book is null)
        {
            return [("优", 90m), ("良", 80m), ("中", 60m), ("差", decimal.MinValue)];
        }

        var bands = book.Grades.OrderByDescending(g => g.Min).Select(g => (g.Grade, g.Min)).ToList();
        bands[^1] = (bands[^1].Grade, decimal.MinValue);
        return bands.ToArray();
    }

    public static string? Normalise(string? grade)
    {
        if (string.IsNullOrWhiteSpace(grade))
        {
            return null;
        }

        var g = grade.Trim().Trim('“', '”', '"', '。');
        return g switch
        {
            _ when g.StartsWith('优') => "优",
            _ when g.StartsWith('良') => "良",
            _ when g.StartsWith('中') || g is "一般" or "合格" => "中",
            _ when g.StartsWith('差') || g is "较差" or "不合格" => "差",
            _ => null,
        };
    }

    public static string For(decimal total, IReadOnlyList<(string Grade, decimal Min)>? bands = null) =>
        (bands ?? National).First(b => total >= b.Min).Grade;
}
