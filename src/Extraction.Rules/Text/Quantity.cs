using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Rules.Text;

/// <summary>A number found in a sentence with the unit printed after it, its position and the place it came from.</summary>
public sealed record Quantity(PrintedNumber Number, string? Unit, int Start, int End, Passage Passage)
{
    public decimal Value => Number.Value;

    public string? Kind => Units.Kind(Unit);

    public Interval Interval(NumberReading reading = NumberReading.HalfUp) => Numbers.Interval.Printed(Number.Value, Number.Decimals, reading);

    /// <summary>In 元 for amounts, otherwise in the printed unit.</summary>
    public Interval Normalised(NumberReading reading = NumberReading.HalfUp) => Units.Normalise(Interval(reading), Unit);

    public string Printed => Number.Text + Unit;

    public Evidence Evidence => Passage.Evidence with { Quote = Passage.QuoteAround(Start, End), Number = Number.Text };

    /// <summary>As <see cref="Normalised"/>, except that an integer count of people or things is exact: "23人" is 23,
    /// not 22.5…23.5 (half a person is no rounding an author makes).</summary>
    public Interval Counted() => Number.Decimals == 0 && Units.IsCounted(Unit) ? Numbers.Interval.Point(Value) : Normalised();

    /// <summary>The text just before the number (its label, usually).</summary>
    public string Before(int length) => Passage.Text[Math.Max(0, Start - length)..Start];

    /// <summary>Significant digits as printed (for near-duplicate detection).</summary>
    public string Digits => new(Number.Text.Where(char.IsDigit).ToArray());
}
