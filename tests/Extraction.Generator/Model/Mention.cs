namespace Extraction.Generator.Model;

/// <summary>One printing of a quantity: <see cref="Text"/> is what is printed (digits, separators, unit when printed),
/// <see cref="Value"/> the printed number in <see cref="Unit"/>, <see cref="Decimals"/> its printed precision.
/// Grades are mentions too (unit "grade", value = band index, text the grade).</summary>
public sealed record Mention(string Id, string Quantity, string Text, decimal Value, string Unit, int Decimals, string Origin)
{
    public Location At { get; init; } = new(-1);

    /// <summary>The printed number without its unit (what a mutation edits).</summary>
    public string Number { get; init; } = "";

    /// <summary>What follows the number in <see cref="Text"/> (a unit such as 万元, %, 分), or "".</summary>
    public string Suffix { get; init; } = "";

    /// <summary>Value in 元 for money (null otherwise).</summary>
    public decimal? ValueYuan => Unit switch
    {
        "元" => Value,
        "万元" => Value * 10000m,
        "亿元" => Value * 100000000m,
        _ => null,
    };
}
