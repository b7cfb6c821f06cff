using Extraction.Distributed.Queue;

namespace Extraction.Tests.Distributed;

public sealed class CostEstimateTests
{
    [Theory]
    [InlineData("a.png", "", Lane.Scan)]
    [InlineData("a.txt", "/Image", Lane.Text)]
    [InlineData("a.pdf", "%PDF-1.4 /Type /XObject /Subtype /Image", Lane.Scan)]
    [InlineData("a.pdf", "%PDF-1.4 /Subtype /Image /Font <<>>", Lane.Text)]
    [InlineData("a.pdf", "%PDF-1.4 /Font <<>>", Lane.Text)]
    public void Lane_follows_the_expected_cost(string file, string content, Lane expected) =>
        Assert.Equal(expected, CostEstimate.LaneOf(file, System.Text.Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void The_corpus_scans_go_to_the_scan_lane_and_its_text_pdfs_do_not()
    {
        var seeds = Extraction.Tests.Corpus.RepositoryPaths.Combine("corpus", "seeds");
        Assert.Equal(Lane.Scan, CostEstimate.LaneOf("x.pdf", File.ReadAllBytes(Path.Combine(seeds, "seed002.scan.pdf"))));
        Assert.Equal(Lane.Text, CostEstimate.LaneOf("x.pdf", File.ReadAllBytes(Path.Combine(seeds, "seed002.pdf"))));
    }
}
