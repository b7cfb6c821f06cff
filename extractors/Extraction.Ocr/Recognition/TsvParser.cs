using System.Globalization;

namespace Extraction.Ocr.Recognition;

/// <summary>Reads tesseract's TSV output: the word rows (level 5) with their boxes and confidences.</summary>
internal static class TsvParser
{
    public static IReadOnlyList<OcrWord> Parse(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var fields = line.Split('\t');
            if (fields.Length < 12 || fields[0] != "5")
            {
                continue;
            }

            var text = fields[11].Trim();
            if (text.Length == 0
                || !TryInt(fields[6], out var left) || !TryInt(fields[7], out var top)
                || !TryInt(fields[8], out var width) || !TryInt(fields[9], out var height)
                || !double.TryParse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf)
                || width <= 0 || height <= 0)
            {
                continue;
            }

            words.Add(new OcrWord(text, left, top, left + width, top + height, Math.Clamp(conf, 0, 100)));
        }

        return words;
    }

    /// <summary>The page size from the level-1 row, or 1x1 when absent.</summary>
    public static (int Width, int Height) PageSize(string tsv)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var fields = raw.TrimEnd('\r').Split('\t');
            if (fields.Length >= 10 && fields[0] == "1" && TryInt(fields[8], out var w) && TryInt(fields[9], out var h) && w > 0 && h > 0)
            {
                return (w, h);
            }
        }

        return (1, 1);
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
