namespace Extraction.Ocr.Recognition;

/// <summary>Puts back decimal points a faint scan lost. At 150 dpi with blur and JPEG a point is two
/// pixels merged into the digit before it, and the recogniser reads "2.77" as "277" with full confidence;
/// but the point still takes its width on the line. The page's own numbers calibrate that width: the ink
/// width of a number (over its height, so sizes mix) is fitted as a + digits × p + points × q on the
/// all-digit readings of the page. An integer reading whose width fits "one point more" far better than
/// "no point" lost one; it goes where the recogniser gave a point (or a comma: thousands separators take
/// width too) the highest odds. The restored word keeps its raw reading and a confidence under the
/// findings' low-confidence line, so whatever rests on it is reported as to be checked against the scan. The same
/// fit finds numbers a whole digit wider than their reading (<see cref="LostDigitRestorer"/>).</summary>
internal static class LostPointRestorer
{
    /// <summary>Calibration needs this many numbers read with a point and this many without.</summary>
    private const int MinWithPoint = 3;

    private const int MinWithout = 2;

    /// <summary>Odds of a point (or comma) between two digits that the recogniser does not give a true integer
    /// (those are ~0.0001 or less); a lost point's are 0.003–0.5, too low to win the greedy decoding.</summary>
    private const double HeardPoint = 0.002;

    /// <summary>Confidence (0..100) given to a word whose point was put back.</summary>
    public const double RestoredConfidence = 70;

    /// <param name="calibration">Words to calibrate on when the page's own are too few (the whole document's).</param>
    public static List<OcrWord> Restore(IReadOnlyList<OcrWord> words, IReadOnlyList<OcrWord>? calibration = null)
    {
        if (!words.Any(w => Shape(w.Text) is not null))
        {
            return [.. words];
        }

        if ((Calibrate(words) ?? (calibration is null ? null : Calibrate(calibration))) is not { } fit)
        {
            return [.. words];
        }

        var result = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            var restored = Restored(word, fit) ?? word;
            result.Add(LostDigitRestorer.Restored(restored, fit) ?? restored);
        }

        return result;
    }

    private static OcrWord? Restored(OcrWord word, WidthFit fit)
    {
        if (Shape(word.Text) is not { Points: 0, Digits: >= 2 } shape || word.Height <= 0)
        {
            return null;
        }

        var (points, commas) = (word.PointOdds, word.CommaOdds);
        if (points is null || commas is null || points.Count != word.Text.Length - 1)
        {
            return null;
        }

        var width = (double)word.Width / word.Height;
        var odds = points.Zip(commas, Math.Max).Max();
        if (!LooksLost(shape.Digits, width, fit) && !(odds >= HeardPoint && LeansLost(shape.Digits, width, fit)))
        {
            return null;
        }

        var best = 0;
        for (var i = 1; i < points.Count; i++)
        {
            if (Math.Max(points[i], commas[i]) > Math.Max(points[best], commas[best]))
            {
                best = i;
            }
        }

        var mark = commas[best] > points[best] ? "," : ".";
        var text = word.Text[..(best + 1)] + mark + word.Text[(best + 1)..];
        return word with { Text = text, Confidence = Math.Min(word.Confidence, RestoredConfidence), Read = word.Text };
    }

    private static WidthFit? Calibrate(IReadOnlyList<OcrWord> words)
    {
        var samples = new List<Sample>();
        foreach (var word in words)
        {
            // A lone "1" is a stroke, far narrower than its advance; every other reading's ink spans its advances
            // but for the side bearings, which the offset absorbs.
            if (Shape(word.Text) is { } shape && word.Text != "1" && word.Height > 0)
            {
                samples.Add(new Sample(word, shape.Digits, shape.Points, (double)word.Width / word.Height));
            }
        }

        return samples.Count(s => s.Points == 1) < MinWithPoint || samples.Count(s => s.Points == 0) < MinWithout ? null : Fit(samples);
    }

    /// <summary>Digits and points of a plain number ("12", "3.50"); null for anything else.</summary>
    internal static (int Digits, int Points)? Shape(string text)
    {
        if (text.Length == 0 || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return null;
        }

        var digits = 0;
        var points = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && points == 0)
            {
                points++;
            }
            else
            {
                return null;
            }
        }

        return (digits, points);
    }

    /// <summary>Least squares of width ~ a + p·digits + q·points. Integers that lost their point are
    /// wider than their digits and would pull q down, so the fit alternates: fit, count the integers that
    /// fit "one point more" far better as having one, fit again, until nothing changes; readings the fit
    /// explains worst (three times the median residual) are left out of the next round.</summary>
    private static WidthFit? Fit(List<Sample> samples)
    {
        var lost = FirstGuess(samples);
        var used = Enumerable.Repeat(true, samples.Count).ToArray();
        WidthFit? fit = null;
        for (var round = 0; round < 6; round++)
        {
            var current = Enumerable.Range(0, samples.Count).Where(i => used[i]).Select(i => samples[i] with { Points = samples[i].Points + (lost[i] ? 1 : 0) }).ToList();
            if (current.Count(s => s.Points == 1) < MinWithPoint || current.Count(s => s.Points == 0) < MinWithout || Solve(current) is not { } next)
            {
                return null;
            }

            var residuals = current.Select(s => Math.Abs(s.Width - next.Predict(s.Digits, s.Points))).OrderBy(r => r).ToList();
            var spread = Math.Sqrt(residuals.Sum(r => r * r) / Math.Max(1, residuals.Count - 3));
            next = next with { Spread = spread };
            var limit = Math.Max(3 * residuals[residuals.Count / 2], 0.05);
            var changed = false;
            for (var i = 0; i < samples.Count; i++)
            {
                var s = samples[i];
                var isLost = s.Points == 0 && LooksLost(s.Digits, s.Width, next);
                var keep = Math.Abs(s.Width - next.Predict(s.Digits, s.Points + (isLost ? 1 : 0))) <= limit;
                changed |= isLost != lost[i] || keep != used[i];
                (lost[i], used[i]) = (isLost, keep);
            }

            fit = next;
            if (!changed)
            {
                break;
            }
        }

        return fit is { Digit: > 0, Point: > 0 } && fit.Point >= 3 * fit.Spread ? fit : null;
    }

    /// <summary>The first guess at which integers lost a point: those about as wide as the numbers read with
    /// a point (fitted alone: width ≈ b + p·digits, so lost points cannot bias it).</summary>
    private static bool[] FirstGuess(List<Sample> samples)
    {
        var pointed = samples.Where(s => s.Points == 1).ToList();
        double slope;
        if (pointed.Select(s => s.Digits).Distinct().Count() >= 2)
        {
            double n = pointed.Count, sx = pointed.Sum(s => s.Digits), sy = pointed.Sum(s => s.Width);
            double sxx = pointed.Sum(s => (double)s.Digits * s.Digits), sxy = pointed.Sum(s => s.Digits * s.Width);
            slope = ((n * sxy) - (sx * sy)) / ((n * sxx) - (sx * sx));
        }
        else if (Solve(samples) is { } joint)
        {
            slope = joint.Digit;
        }
        else
        {
            return new bool[samples.Count];
        }

        var offsets = pointed.Select(s => s.Width - (slope * s.Digits)).OrderBy(o => o).ToList();
        var offset = offsets[offsets.Count / 2];
        var spread = offsets.Select(o => Math.Abs(o - offset)).OrderBy(o => o).ElementAt(offsets.Count / 2);
        var near = Math.Max(0.08, 3 * spread);
        return [.. samples.Select(s => s.Points == 0 && Math.Abs(s.Width - (slope * s.Digits) - offset) <= near)];
    }

    /// <summary>Far wider than its digits alone, and about as wide as its digits and one point (closer to that than to two).</summary>
    private static bool LooksLost(int digits, double width, WidthFit fit)
    {
        var without = width - fit.Predict(digits, 0);
        var with = width - fit.Predict(digits, 1);
        // Two points lost ("1.1.1" read as "111", a code) fit two points better: not one lost decimal point.
        var withTwo = width - fit.Predict(digits, 2);
        return without >= fit.Point * 0.6 && without >= 3 * fit.Spread && Math.Abs(with) <= Math.Max(2.5 * fit.Spread, fit.Point * 0.35)
            && (digits < 3 || Math.Abs(with) < Math.Abs(withTwo));
    }

    /// <summary>With the recogniser's own odds for a point: wider than its digits alone by a clear part of a
    /// point, and closer to "one point more" than to "none" (and to two). Numbers of three and four digits
    /// ("2.84", "12.49") sit near the middle, where the width alone cannot tell.</summary>
    private static bool LeansLost(int digits, double width, WidthFit fit)
    {
        var without = width - fit.Predict(digits, 0);
        var with = width - fit.Predict(digits, 1);
        var withTwo = width - fit.Predict(digits, 2);
        return without >= fit.Point * 0.4 && Math.Abs(with) < without && (digits < 3 || Math.Abs(with) < Math.Abs(withTwo));
    }

    private static WidthFit? Solve(List<Sample> samples)
    {
        // Normal equations of a 3-parameter linear model, solved by Cramer's rule.
        double n = samples.Count, sd = 0, sp = 0, sdd = 0, sdp = 0, spp = 0, sw = 0, sdw = 0, spw = 0;
        foreach (var s in samples)
        {
            sd += s.Digits;
            sp += s.Points;
            sdd += s.Digits * s.Digits;
            sdp += s.Digits * s.Points;
            spp += s.Points * s.Points;
            sw += s.Width;
            sdw += s.Digits * s.Width;
            spw += s.Points * s.Width;
        }

        var det = Det(n, sd, sp, sd, sdd, sdp, sp, sdp, spp);
        if (Math.Abs(det) < 1e-9)
        {
            return null;
        }

        var a = Det(sw, sd, sp, sdw, sdd, sdp, spw, sdp, spp) / det;
        var p = Det(n, sw, sp, sd, sdw, sdp, sp, spw, spp) / det;
        var q = Det(n, sd, sw, sd, sdd, sdw, sp, sdp, spw) / det;
        return new WidthFit(a, p, q, 0);
    }

    private static double Det(double a, double b, double c, double d, double e, double f, double g, double h, double i) =>
        (a * ((e * i) - (f * h))) - (b * ((d * i) - (f * g))) + (c * ((d * h) - (e * g)));

    private readonly record struct Sample(OcrWord Word, int Digits, int Points, double Width);

    /// <summary>Width over height ≈ Offset + Digit × digits + Point × points; Spread is the fit's residual
    /// standard deviation.</summary>
    internal sealed record WidthFit(double Offset, double Digit, double Point, double Spread)
    {
        public double Predict(int digits, int points) => Offset + (Digit * digits) + (Point * points);
    }
}
