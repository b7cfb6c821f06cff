using System.Globalization;
using Extraction.Text;

namespace Extraction.Tests.Mutations;

/// <summary>Changes a printed token the way a tester (or a careless typist) would: one digit replaced, two
/// adjacent digits swapped, ±k in the last printed place, 万元 ↔ 元, a grade word for another. Every change moves
/// the number by at least one unit of its last printed place; where the target's relation is known, changes
/// that the relation's rounding would absorb are refused (they are not errors the arithmetic can expose).</summary>
internal static class Mutator
{
    private static readonly string[] Operators = ["digit", "transpose", "last-place"];

    public static Mutation? Mutate(Target target, Random random)
    {
        if (target.IsGrade)
        {
            return OtherGrade(target.Text) is { } g ? new Mutation(target, "grade", g) : null;
        }

        if (target.Unit is { } unit)
        {
            var other = unit == "万元" ? "元" : "万元";
            var factor = unit == "万元" ? 0.0001m : 10_000m;
            return target.Relation is { } r && target.Operand is { } o && r.HoldsWith(o, o.Value * factor) ? null : new Mutation(target, "unit", other);
        }

        if (!PrintedNumber.TryParse(target.Text, out var printed))
        {
            return null;
        }

        // Several tries: an operator may not apply (no two different adjacent digits) or stay inside rounding.
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var op = Operators[random.Next(Operators.Length)];
            var text = op switch
            {
                "digit" => ChangeDigit(target.Text, random),
                "transpose" => Transpose(target.Text, random),
                _ => LastPlace(printed, target.Text, random),
            };
            if (text is null || text == target.Text || !PrintedNumber.TryParse(text, out var changed))
            {
                continue;
            }

            if ((target.Relation is { } relation && target.Operand is { } operand && relation.HoldsWith(operand, changed.Value * operand.Scale))
                || (target.Formula is { } formula && formula.HoldsWith(target.Text, text)))
            {
                continue;
            }

            return new Mutation(target, op, text);
        }

        return null;
    }

    public static string? OtherGrade(string word) => word switch
    {
        "优" => "良",
        "良" => "优",
        "中" => "良",
        "差" => "中",
        "优秀" => "良好",
        "良好" => "优秀",
        "中等" => "良好",
        "合格" => "良好",
        "较差" or "不合格" => "合格",
        _ => null,
    };

    private static string? ChangeDigit(string text, Random random)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsDigit(text[i])).ToArray();
        if (digits.Length == 0)
        {
            return null;
        }

        var at = digits[random.Next(digits.Length)];
        var leading = at == digits[0] && digits.Length > 1 && IntegerDigits(text) > 1;
        var choices = Enumerable.Range(leading ? 1 : 0, leading ? 9 : 10).Select(d => (char)('0' + d)).Where(c => c != text[at]).ToArray();
        return string.Concat(text.AsSpan(0, at), choices[random.Next(choices.Length)].ToString(), text.AsSpan(at + 1));
    }

    private static string? Transpose(string text, Random random)
    {
        var pairs = Enumerable.Range(0, text.Length - 1)
            .Where(i => char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && text[i] != text[i + 1])
            .Where(i => !(i == 0 && text[1] == '0' && IntegerDigits(text) > 1))
            .ToArray();
        if (pairs.Length == 0)
        {
            return null;
        }

        var i = pairs[random.Next(pairs.Length)];
        return string.Concat(text.AsSpan(0, i), text[i + 1].ToString(), text[i].ToString(), text.AsSpan(i + 2));
    }

    private static string? LastPlace(PrintedNumber printed, string text, Random random)
    {
        var unit = 1m;
        for (var d = 0; d < printed.Decimals; d++)
        {
            unit /= 10m;
        }

        var k = random.Next(1, 4) * (random.Next(2) == 0 ? -1 : 1);
        var value = printed.Value + k * unit;
        if (value < 0)
        {
            value = printed.Value - k * unit;
        }

        var format = (text.Contains(',', StringComparison.Ordinal) ? "#,##0" : "0") + (printed.Decimals > 0 ? "." + new string('0', printed.Decimals) : string.Empty);
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    private static int IntegerDigits(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return (dot < 0 ? text : text[..dot]).Count(char.IsDigit);
    }
}
