using System.Globalization;
using Extraction.Benchmarks.Generated;
using Extraction.Generator.Rendering;
using Extraction.Generator.Scoring;

namespace Extraction.Tests.Generated;

/// <summary>The regression guard on documents built from truth: a fixed sample (seed 20261207, 30 documents: 10 clean,
/// 20 with one planted error) rendered by the cheap routes, read by the pipeline as the CLI composes it, scored from the
/// per-document JSON only. Floors are the figures measured when the sample was made (docs/generated.md); a change that
/// loses a score row, a figure, a total, a found error, or adds a false error on a clean copy turns this red. When a
/// change moves a figure up, raise its floor here (`dotnet run --project tests/Extraction.Benchmarks -c Release --
/// generated --seed 20261207 --count 30 --routes html,html-borderless,md,docx,rl-grid` prints them).</summary>
public sealed class GeneratedSampleTests
{
    private static readonly (string Route, decimal Rows, decimal Figures, decimal Totals, decimal Recall, int FalseErrors)[] Floors =
    [
        ("html", 0.979m, 0.920m, 0.938m, 0.900m, 4),
        ("html-borderless", 0.979m, 0.920m, 0.938m, 0.900m, 4),
        ("md", 0.979m, 0.920m, 0.938m, 0.900m, 4),
        ("docx", 0.979m, 0.920m, 0.938m, 0.900m, 4),
        ("rl-grid", 0.979m, 0.920m, 0.938m, 0.900m, 4),
    ];

    private static readonly Lazy<IReadOnlyList<DocScore>> Sample = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("generated-sample-").FullName;
        try
        {
            using var log = new StringWriter(CultureInfo.InvariantCulture);
            var routes = Floors.Select(f => Route.Named(f.Route)!).ToList();
            return new GeneratedRun(root, log).Run(20261207, 30, routes, new Dictionary<string, int>(), jobs: 2);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    });

    [Fact]
    public void Every_route_reads_every_document()
    {
        var unread = Sample.Value.Where(s => !s.Read).Select(s => $"{s.Route}/{s.Id}").ToArray();
        Assert.True(Sample.Value.Count == Floors.Length * 30, $"expected {Floors.Length * 30} scored renderings, found {Sample.Value.Count} (a route's tool is missing?)");
        Assert.True(unread.Length == 0, "not rendered or not read: " + string.Join(", ", unread));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("html-borderless")]
    [InlineData("md")]
    [InlineData("docx")]
    [InlineData("rl-grid")]
    public void The_route_stays_at_or_above_its_floors(string route)
    {
        var floor = Floors.Single(f => f.Route == route);
        var s = new Summary([.. Sample.Value.Where(x => x.Route == route)]);
        var found = s.Line();
        Assert.True(s.RowsRatio >= floor.Rows, $"{route}: score rows exact fell below {floor.Rows}: {found}");
        Assert.True(s.FiguresRatio >= floor.Figures, $"{route}: figures found fell below {floor.Figures}: {found}");
        Assert.True(s.TotalsRatio >= floor.Totals, $"{route}: stated totals and grades fell below {floor.Totals}: {found}");
        Assert.True(s.Recall >= floor.Recall, $"{route}: recall of planted errors fell below {floor.Recall}: {found}");
        Assert.True(s.FalseErrors <= floor.FalseErrors, $"{route}: false errors on clean copies rose above {floor.FalseErrors}: {found}");
    }
}
