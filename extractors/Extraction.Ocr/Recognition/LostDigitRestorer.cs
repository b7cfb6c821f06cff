namespace Extraction.Ocr.Recognition;

/// <summary>Numbers whose ink is a whole digit wider than their reading. Greedy CTC decoding merges a character
/// repeated without a blank step between its two glyphs, so "22" is read "2" and "100" "10" at full confidence; the
/// ink still spans every glyph. With the page's width fit (<see cref="LostPointRestorer"/>), a number about one digit
/// wider than its digits (and nearer one digit more than one or two points more, where its digits leave room for them)
/// lost a repeated digit. Where the reading
/// has one digit repeated throughout ("2", "00") only one number fits, and it is put back; otherwise ("10": 110 or
/// 100) the reading stays as read. Either way the word's confidence drops under the findings' low-confidence line,
/// so whatever rests on it is reported as to be checked against the scan.</summary>
internal static class LostDigitRestorer
{
    public static OcrWord? Restored(OcrWord word, LostPointRestorer.WidthFit fit)
    {
        if (LostPointRestorer.Shape(word.Text) is not { } shape || word.Height <= 0 || fit.Digit <= 0)
        {
            return null;
        }

        var width = (double)word.Width / word.Height;
        var without = width - fit.Predict(shape.Digits, shape.Points);
        var withDigit = width - fit.Predict(shape.Digits + 1, shape.Points);
        // Nearer one digit more than one or two points more where the digits leave room for them ("1.1.1" read "111" lost
        // two points, not a digit; a lone "2" has no room for a point).
        var withPoints = new[] { 1, 2 }.Where(k => shape.Points + k <= shape.Digits - 1)
            .Select(k => Math.Abs(width - fit.Predict(shape.Digits, shape.Points + k))).DefaultIfEmpty(double.MaxValue).Min();
        var lost = without >= 0.75 * fit.Digit && Math.Abs(withDigit) <= Math.Max(2 * fit.Spread, 0.3 * fit.Digit)
            && Math.Abs(withDigit) < withPoints;
        if (!lost)
        {
            return null;
        }

        var confidence = Math.Min(word.Confidence, LostPointRestorer.RestoredConfidence);
        var digits = word.Text.Where(char.IsAsciiDigit).Distinct().ToArray();
        if (digits.Length != 1)
        {
            return word with { Confidence = confidence };
        }

        // One digit throughout: doubling any of them gives the same number.
        var i = word.Text.IndexOf(digits[0], StringComparison.Ordinal);
        return word with { Text = word.Text.Insert(i, digits[0].ToString()), Confidence = confidence, Read = word.Read ?? word.Text };
    }
}
