using Extraction.Analysis.Common;
using Extraction.Text;

namespace Extraction.Analysis.ScoreTables;

/// <summary>What a score-table cell looks like on its own, whatever column it landed in: a number (weight or
/// score), a name (short, no sentence punctuation) or prose (指标说明, 评分标准, notes).</summary>
internal enum CellKind
{
    Empty,
    Number,
    Name,
    Prose,
}

/// <summary>Classifies cells by <see cref="CellKind"/>.</summary>
internal static class CellKinds
{
    /// <summary>Names this long are prose even without punctuation (the longest 三级 names run about 25).</summary>
    private const int MaxNameLength = 40;

    public static CellKind Of(string text)
    {
        var key = TextNormalizer.Key(text);
        if (key.Length == 0)
        {
            return CellKind.Empty;
        }

        if (CellNumber.TryParse(key, out _))
        {
            return CellKind.Number;
        }

        return key.Length > MaxNameLength || key.IndexOfAny(['，', '。', '；', '：', ',', ';', ':', '=', '＝']) >= 0 ? CellKind.Prose : CellKind.Name;
    }
}
