using Extraction.Ocr.Paddle;
using Extraction.Ocr.Recognition;

namespace Extraction.Tests.Ocr;

/// <summary>Decimal points a faint scan lost are put back from the number's ink width on the page (calibrated
/// on the page's own numbers) at the gap the recogniser gave a point the highest odds; nothing changes
/// without that evidence.</summary>
public sealed class LostPointRestorerTests
{
    // A page font: digits 16 px apart, a point 10 px, 2 px of side bearings in all; digits 27 px high.
    private const int DigitAdvance = 16;
    private const int PointAdvance = 10;
    private const int Height = 27;

    private static OcrWord Number(string text, int left, int top, int? inkWidth = null, double[]? pointOdds = null)
    {
        var digits = text.Count(char.IsAsciiDigit);
        var width = inkWidth ?? ((digits * DigitAdvance) + (text.Contains('.') ? PointAdvance : 0) - 2);
        var odds = digits == text.Length && digits >= 2 ? pointOdds ?? new double[digits - 1] : null;
        return new OcrWord(text, left, top, left + width, top + Height, 99.5)
        {
            PointOdds = odds,
            CommaOdds = odds is null ? null : new double[odds.Length],
        };
    }

    private static List<OcrWord> Page(params OcrWord[] extra) =>
    [
        Number("4.00", 10, 10), Number("13.50", 10, 60), Number("1629.68", 10, 110), Number("0.92", 10, 160),
        Number("100", 200, 10), Number("28", 200, 60), Number("36", 200, 110), Number("5", 200, 160),
        .. extra,
    ];

    [Fact]
    public void An_integer_as_wide_as_its_digits_and_a_point_gets_the_point_where_the_recogniser_saw_one()
    {
        // "2.77" read as "277": ink as wide as three digits and a point; the recogniser gave a point a little
        // odds between 2 and 7.
        var lost = Number("277", 400, 10, inkWidth: (3 * DigitAdvance) + PointAdvance - 2, pointOdds: [0.006, 0.0005]);
        var words = LostPointRestorer.Restore(Page(lost));
        var restored = words.Single(w => w.Left == 400);
        Assert.Equal("2.77", restored.Text);
        Assert.Equal("277", restored.Read);
        Assert.True(restored.Confidence < 80, "a restored point is doubtful: findings on it say to check the scan");
        Assert.All(words.Where(w => w.Left != 400), w => Assert.Null(w.Read));
    }

    [Fact]
    public void Many_lost_points_on_one_page_are_all_found()
    {
        var words = LostPointRestorer.Restore(Page(
            Number("15", 400, 10, inkWidth: (2 * DigitAdvance) + PointAdvance - 2, pointOdds: [0.06]),
            Number("130", 400, 60, inkWidth: (3 * DigitAdvance) + PointAdvance - 2, pointOdds: [0.42, 0]),
            Number("250", 400, 110, inkWidth: (3 * DigitAdvance) + PointAdvance - 2, pointOdds: [0.07, 0.001]),
            Number("1160", 400, 160, inkWidth: (4 * DigitAdvance) + PointAdvance - 2, pointOdds: [0, 0.003, 0])));
        Assert.Equal(["1.5", "1.30", "2.50", "11.60"], words.Where(w => w.Left == 400).Select(w => w.Text));
    }

    [Fact]
    public void Narrower_than_a_full_point_it_takes_the_recogniser_hearing_one()
    {
        // "2.84" read as "284", its point squeezed (0.6 of the page's point width): the width alone is not
        // enough; with the recogniser's odds for a point at 0.05 it is put back, at 0.0005 it is not.
        var heard = Number("284", 400, 10, inkWidth: (3 * DigitAdvance) + 6 - 2, pointOdds: [0.05, 0]);
        var unheard = heard with { PointOdds = [0.0005, 0] };
        Assert.Equal("2.84", LostPointRestorer.Restore(Page(heard)).Single(w => w.Left == 400).Text);
        Assert.Equal("284", LostPointRestorer.Restore(Page(unheard)).Single(w => w.Left == 400).Text);
    }

    [Fact]
    public void Integers_of_their_own_width_are_left_alone()
    {
        // "111" as wide as "1.1.1" (a code that lost two points) is not given one.
        var words = LostPointRestorer.Restore(Page(
            Number("277", 400, 10, pointOdds: [0.3, 0.1]),
            Number("2023", 400, 60),
            Number("111", 400, 110, inkWidth: (3 * DigitAdvance) + (2 * PointAdvance) - 2, pointOdds: [0.3, 0.3])));
        Assert.Equal(["277", "2023", "111"], words.Where(w => w.Left == 400).Select(w => w.Text));
        Assert.All(words, w => Assert.Null(w.Read));
    }

    [Fact]
    public void Without_numbers_read_with_a_point_nothing_is_calibrated_or_changed()
    {
        List<OcrWord> words = [Number("100", 10, 10), Number("28", 10, 60), Number("277", 10, 110, inkWidth: 56, pointOdds: [0.5, 0])];
        Assert.Equal(["100", "28", "277"], LostPointRestorer.Restore(words).Select(w => w.Text));
    }

    [Fact]
    public void A_page_with_too_few_numbers_of_its_own_is_calibrated_on_the_document()
    {
        List<OcrWord> page = [Number("120", 10, 10, inkWidth: (3 * DigitAdvance) + PointAdvance - 2, pointOdds: [0.2, 0])];
        Assert.Equal("120", LostPointRestorer.Restore(page).Single().Text);
        Assert.Equal("1.20", LostPointRestorer.Restore(page, calibration: Page()).Single().Text);
    }

    [Fact]
    public void A_wide_gap_the_recogniser_saw_as_a_comma_gets_a_comma()
    {
        var lost = Number("1234", 400, 10, inkWidth: (4 * DigitAdvance) + PointAdvance - 2, pointOdds: [0.01, 0, 0]) with { CommaOdds = [0.2, 0, 0] };
        Assert.Equal("1,234", LostPointRestorer.Restore(Page(lost)).Single(w => w.Left == 400).Text);
    }

    [Fact]
    public void Ctc_decoding_keeps_the_point_odds_between_the_digits_of_an_all_digit_reading()
    {
        string[] dictionary = ["2", "7", ".", ","];
        // Steps: 2, blank (point 0.2), 7, blank (point 0.01), blank, 7 → "277", point odds [0.2, 0.01].
        int[] best = [1, 0, 2, 0, 0, 2];
        var steps = new float[best.Length * 5];
        for (var t = 0; t < best.Length; t++)
        {
            steps[(t * 5) + best[t]] = 0.7f;
        }

        steps[(1 * 5) + 3] = 0.2f;
        steps[(3 * 5) + 3] = 0.01f;
        var reading = CtcDecoder.Decode(steps, best.Length, 5, dictionary, pointClass: 3, commaClass: 4);
        Assert.Equal("277", reading.Text);
        Assert.Equal([0.2, 0.01], reading.PointOdds!.Select(o => Math.Round(o, 3)));
        Assert.Null(CtcDecoder.Decode(steps, 2, 5, ["a", "7", ".", ","], pointClass: 3, commaClass: 4).PointOdds);
    }

    [Fact]
    public void A_number_a_whole_digit_wider_than_its_reading_lost_a_repeated_digit()
    {
        // CTC merges "22" into "2" and "100" into "10" at full confidence; the ink still spans every glyph. A reading of
        // one digit throughout is put back ("2" → "22"); "10" could be 110 or 100, so it stays but becomes doubtful.
        var words = LostPointRestorer.Restore(Page(
            Number("2", 400, 10, inkWidth: (2 * DigitAdvance) - 2),
            Number("10", 400, 60, inkWidth: (3 * DigitAdvance) - 2),
            Number("7", 400, 110),
            Number("25", 400, 160)));
        var read = words.Where(w => w.Left == 400).ToList();
        Assert.Equal(["22", "10", "7", "25"], read.Select(w => w.Text));
        Assert.Equal("2", read[0].Read);
        Assert.True(read[0].Confidence < 80 && read[1].Confidence < 80, "a digit put back, or lost where it cannot be told which, is doubtful");
        Assert.Null(read[1].Read);
        Assert.True(read[2].Confidence > 99 && read[3].Confidence > 99, "numbers of their own width are left alone");
    }

    [Fact]
    public void A_few_pixels_wider_is_not_a_lost_digit()
    {
        var words = LostPointRestorer.Restore(Page(Number("25", 400, 10, inkWidth: (2 * DigitAdvance) + 5 - 2)));
        var word = words.Single(w => w.Left == 400);
        Assert.Equal(("25", 99.5), (word.Text, word.Confidence));
    }
}
