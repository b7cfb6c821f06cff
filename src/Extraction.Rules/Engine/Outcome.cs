using Extraction.Rules.Numbers;

namespace Extraction.Rules.Engine;

/// <summary>What a rule can give under one convention: a computed value (an interval, from rounded inputs),
/// a value the rule can reach when a fact is unknown (a count of deductions, a tier), or a range (a
/// qualitative part, a missing input).</summary>
public sealed record Outcome(Interval Value, string Convention, OutcomeKind Kind)
{
    public static Outcome Computed(Interval value, string convention) => new(value, convention, OutcomeKind.Computed);

    public static Outcome Reachable(decimal value, string convention) => new(Interval.Point(value), convention, OutcomeKind.Reachable);

    public static Outcome Range(decimal lo, decimal hi, string convention) => new(new Interval(Math.Min(lo, hi), Math.Max(lo, hi)), convention, OutcomeKind.Range);

    /// <summary>Sum of two parts: the weaker kind wins (computed + range = range).</summary>
    public Outcome Plus(Outcome other) =>
        new(Value + other.Value, Join(Convention, other.Convention), (OutcomeKind)Math.Max((int)Kind, (int)other.Kind));

    public Outcome Scaled(decimal factor, string convention) => this with { Value = Value.Scale(factor), Convention = Join(Convention, convention) };

    private static string Join(string a, string b) => string.IsNullOrEmpty(a) ? b : string.IsNullOrEmpty(b) ? a : $"{a}; {b}";
}
