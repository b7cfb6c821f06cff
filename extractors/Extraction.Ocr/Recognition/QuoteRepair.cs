namespace Extraction.Ocr.Recognition;

/// <summary>Puts back an opening quote mark the recogniser read as a stray Latin letter or point: at 150 dpi
/// "“" is two small commas, read as "t", "." or "'" ("t三公经费”控制率" for "“三公经费”控制率"). Only at the start of
/// a cell, before a CJK character, and only when the cell closes a quote it never opened.</summary>
internal static class QuoteRepair
{
    private const string LookAlikes = ".,'`\"‘’tlLrI|";

    public static string RepairCell(string text)
    {
        if (text.Length < 3 || !LookAlikes.Contains(text[0], StringComparison.Ordinal) || !IsCjk(text[1]))
        {
            return text;
        }

        var close = text.IndexOf('”', StringComparison.Ordinal);
        return close > 1 && !text.Contains('“', StringComparison.Ordinal) ? "“" + text[1..] : text;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
