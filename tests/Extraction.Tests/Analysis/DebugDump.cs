using Xunit.Abstractions;
using Extraction.Analysis.ScoreTables;
namespace Extraction.Tests.Analysis;
public sealed class DebugDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var t in new ScoreTableExtractor().Extract(SeedDocuments.Load("seed000")))
            foreach (var i in t.Indicators) output.WriteLine($"{string.Join("/", i.Levels.Select(l => l.Name + ":" + l.Weight))} w={i.WeightText} s={i.ScoreText}");
    }
}
