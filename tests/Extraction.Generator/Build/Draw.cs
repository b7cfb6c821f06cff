namespace Extraction.Generator.Build;

/// <summary>Random draws for one document (System.Random seeded per document, so a document depends only on its seed).</summary>
public sealed class Draw
{
    private readonly Random _random;

    public Draw(int seed) => _random = new Random(seed);

    public int Int(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>A decimal in [min, max] with <paramref name="decimals"/> places.</summary>
    public decimal Dec(decimal min, decimal max, int decimals)
    {
        var steps = (long)((max - min) * Pow10(decimals));
        var k = steps <= 0 ? 0 : _random.NextInt64(0, steps + 1);
        return min + (k / Pow10(decimals));
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int count) =>
        [.. items.Select(i => (i, k: _random.Next())).OrderBy(p => p.k).Take(Math.Min(count, items.Count)).Select(p => p.i)];

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> positive parts on a grid of <paramref name="step"/>.</summary>
    public IReadOnlyList<decimal> Split(decimal total, int parts, decimal step)
    {
        var units = (int)(total / step);
        var cuts = new SortedSet<int>();
        while (cuts.Count < parts - 1 && parts - 1 < units)
        {
            cuts.Add(_random.Next(1, units));
        }

        var result = new List<decimal>();
        var previous = 0;
        foreach (var cut in cuts.Append(units))
        {
            result.Add((cut - previous) * step);
            previous = cut;
        }

        return result;
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
