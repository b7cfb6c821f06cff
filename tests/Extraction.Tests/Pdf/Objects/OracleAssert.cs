using Extraction.Pdf.Structure;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>Compares the reader with qpdf on one file.</summary>
internal static class OracleAssert
{
    public static void SameAsQpdf(string path, string? password = null, string? oraclePath = null)
    {
        using var file = PdfFile.Open(path, password: password);
        var oracle = oraclePath ?? path;
        var expectedPages = QpdfOracle.PageContents(oracle, password);
        Assert.Equal(expectedPages.Count, file.Pages.Count);
        var data = QpdfOracle.StreamData(oracle, expectedPages.SelectMany(p => p), password);
        for (var i = 0; i < expectedPages.Count; i++)
        {
            var page = file.Pages[i];
            var streams = page.GetContentStreams();
            Assert.Equal(expectedPages[i], streams.Select(s => s.Id!.Value.Number).ToArray());
            foreach (var stream in streams)
            {
                var expected = data[stream.Id!.Value.Number];
                var actual = stream.GetDecodedData();
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"page {i + 1}, object {stream.Id}: {actual.Length} bytes decoded, qpdf has {expected.Length}");
            }
        }
    }
}
