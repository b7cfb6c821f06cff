using Extraction.Pdf.Structure;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>The object layer agrees with qpdf on every corpus PDF: page count, each page's content
/// stream objects, and their decoded bytes.</summary>
public sealed class QpdfOracleTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Pages_and_decoded_content_streams_equal_qpdf(string relative)
    {
        var path = PdfCorpus.PathOf(relative);
        OracleAssert.SameAsQpdf(path);
    }

    [Fact]
    public void Corpus_has_pdfs() => Assert.NotEmpty(PdfCorpus.Files);

    public static TheoryData<string> Files => PdfCorpus.Names;
}
