using Extraction.Text;

namespace Extraction.Tests.Core;

public sealed class PrintedNumberTests
{
    [Theory]
    [InlineData("5,932,591.84", "5932591.84", 2)]
    [InlineData("３６．１０", "36.10", 2)]
    [InlineData("-0.5", "-0.5", 1)]
    [InlineData("100", "100", 0)]
    public void Parses_printed_forms_with_precision(string text, string expected, int decimals)
    {
        Assert.True(PrintedNumber.TryParse(text, out var n));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), n.Value);
        Assert.Equal(decimals, n.Decimals);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    public void Rejects_non_numbers(string text) => Assert.False(PrintedNumber.TryParse(text, out _));
}
