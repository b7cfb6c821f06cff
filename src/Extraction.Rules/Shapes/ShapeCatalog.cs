namespace Extraction.Rules.Shapes;

/// <summary>Every rule shape by its rulebook name.</summary>
public sealed class ShapeCatalog
{
    private readonly Dictionary<string, IShape> _shapes;

    public ShapeCatalog()
    {
        IShape[] shapes =
        [
            new QualitativeShape(), new LinearShape(), new RatioShape(), new BandsShape(), new BinaryShape(),
            new DeductionShape(), new SlopeShape(), new QuarterlyShape(), new AverageExternalShape(),
            new RescaledShape(), new BonusShape(), new TiersShape(),
        ];
        _shapes = shapes.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var sum = new SumShape(Find);
        _shapes[sum.Name] = sum;
    }

    public IShape? Find(string name) => _shapes.GetValueOrDefault(name);

    public IEnumerable<string> Names => _shapes.Keys;
}
