using Extraction.Model;
using Extraction.Text;

namespace Extraction.Ocr.Recognition;

/// <summary>Second look at short table cells. Alone on its line, a single digit is often read by the
/// Chinese model as a look-alike ideograph ("4" → "和"); cells whose reading is short and not
/// confidently Chinese, or that have ink but no reading, are read again with digits only, and the
/// new reading replaces the old when it is a clean, confident number.</summary>
internal static class DigitPass
{
    public const string Language = "eng";

    public static readonly IReadOnlyList<string> Settings = ["tessedit_char_whitelist=0123456789.%-"];

    private const int MaxShortCell = 4;
    private const double ConfidentChinese = 90;
    private const double MinNumberConfidence = 60;

    public static List<OcrWord> Reread(List<OcrWord> words, IReadOnlyList<BoundingBox> cellBoxes, int dpi, Func<IReadOnlyList<BoundingBox>, List<OcrWord>> read)
    {
        var scale = dpi / 72.0;
        bool Inside(OcrWord w, BoundingBox b) => b.Contains(w.CenterX / scale, w.CenterY / scale);
        var candidates = cellBoxes.Where(box => IsCandidate(words.Where(w => Inside(w, box)).ToList())).ToList();
        if (candidates.Count == 0)
        {
            return words;
        }

        var reread = read(candidates);
        var result = new List<OcrWord>(words);
        foreach (var box in candidates)
        {
            var fresh = reread.Where(w => Inside(w, box)).OrderBy(w => w.Left).ToList();
            var text = string.Concat(fresh.Select(w => w.Text));
            if (fresh.Count == 0 || fresh.Min(w => w.Confidence) < MinNumberConfidence || !PrintedNumber.TryParse(text.TrimEnd('%'), out _))
            {
                continue;
            }

            result.RemoveAll(w => Inside(w, box));
            result.AddRange(fresh);
        }

        return result;
    }

    private static bool IsCandidate(List<OcrWord> inCell)
    {
        if (inCell.Count == 0)
        {
            // Ink without any reading: CompositePage only stacks cells with ink.
            return true;
        }

        var text = string.Concat(inCell.Select(w => w.Text));
        if (text.Length > MaxShortCell)
        {
            return false;
        }

        var confidentNumber = PrintedNumber.TryParse(text.TrimEnd('%'), out _) && inCell.All(w => w.Confidence >= ConfidentChinese);
        var confidentChinese = text.All(IsChinese) && inCell.All(w => w.Confidence >= ConfidentChinese);
        return !confidentNumber && !confidentChinese;
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
