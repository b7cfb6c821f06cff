using System.Globalization;
using Extraction.Benchmarks.Generated;
using Extraction.Generator;
using Extraction.Generator.Kinds;
using Extraction.Generator.Rendering;
using Extraction.Generator.Scoring;

namespace Extraction.Tests.Generated;

/// <summary>The regression guard for issue 13's shapes: a fixed sample of shape documents (seed 4, 36 documents: 4 clean,
/// 4 planted per shape) rendered as HTML, read by the pipeline as the CLI composes it, scored from the per-document JSON.
/// Floors are the figures measured when the sample was made (docs/rules.md, "Shapes on generated documents"); the
/// benchmark `facts-shapes --seed 4 --count 36` prints them.</summary>
public sealed class FactShapesSampleTests
{
    private const int Seed = 4;
    private const int Count = 36;
    private const decimal RecallFloor = 0.85m;

    private static readonly Lazy<IReadOnlyList<DocScore>> Sample = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("shapes-sample-").FullName;
        try
        {
            using var log = new StringWriter(CultureInfo.InvariantCulture);
            return new GeneratedRun(root, log).Run(ShapeSet.Build(Seed, Count), [Route.Named("html")!], new Dictionary<string, int>(), jobs: 2);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    });

    [Fact]
    public void Every_shape_is_planted_and_every_copy_is_read()
    {
        Assert.All(Sample.Value, s => Assert.True(s.Read, $"{s.Id} was not read"));
        foreach (var shape in FactShapes.Names)
        {
            Assert.True(Sample.Value.Count(s => s.TargetKind == shape) == Count / (FactShapes.Names.Count + 1), $"expected {Count / (FactShapes.Names.Count + 1)} copies planted with {shape}");
        }
    }

    [Fact]
    public void Clean_copies_draw_no_error_or_warning()
    {
        var alarms = Sample.Value.Where(s => s.Clean).SelectMany(s => s.ErrorChecks.Select(c => s.Id + " " + c)).ToArray();
        Assert.True(alarms.Length == 0, "false alarms on clean copies: " + string.Join(", ", alarms));
    }

    [Fact]
    public void Planted_shapes_are_found_at_or_above_the_floor()
    {
        var planted = Sample.Value.Where(s => s.Detected is not null).ToList();
        var recall = (decimal)planted.Count(s => s.Detected == true) / planted.Count;
        var missed = planted.Where(s => s.Detected == false).Select(s => $"{s.Id} {s.TargetKind} {s.Operator}");
        Assert.True(recall >= RecallFloor, $"recall {recall:0.000} fell below {RecallFloor}; missed: {string.Join(", ", missed)}");
    }
}
