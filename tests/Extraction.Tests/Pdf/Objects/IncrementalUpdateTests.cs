using System.Globalization;
using System.Text;
using Extraction.Pdf.Structure;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>Cross-reference chains: incremental updates (/Prev), a /Prev loop, and hybrid files (/XRefStm).</summary>
public sealed class IncrementalUpdateTests
{
    private static (byte[] Pdf, int Root) Original(bool compressed)
    {
        var pdf = new SyntheticPdf();
        var pages = pdf.Add("<< /Type /Pages /Kids [2 0 R] /Count 1 /MediaBox [0 0 200 200] >>");
        pdf.Add("<< /Type /Page /Parent 1 0 R /Contents 3 0 R /Resources << >> >>");
        pdf.AddStream("", "(old) Tj"u8.ToArray(), flate: true);
        var root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return (compressed ? pdf.BuildCompressed(root) : pdf.Build(root), root);
    }

    private static long StartXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal) + 9;
        return long.Parse(text[at..].Trim().Split('\n')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>Appends a new version of object 3 and an xref section whose /Prev is <paramref name="prev"/>
    /// (null: the previous section; -1: the new section itself).</summary>
    private static byte[] Update(byte[] original, int root, long? prev)
    {
        var previous = StartXref(original);
        var body = new StringBuilder("\n");
        var objectOffset = original.Length + body.Length;
        body.Append("3 0 obj\n<< /Length 8 >>\nstream\n(new) Tj\nendstream\nendobj\n");
        var xrefOffset = original.Length + body.Length;
        var prevValue = prev == -1 ? xrefOffset : prev ?? previous;
        body.Append(CultureInfo.InvariantCulture, $"xref\n3 1\n{objectOffset:D10} 00000 n \ntrailer\n<< /Size 10 /Root {root} 0 R /Prev {prevValue} >>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return [.. original, .. Encoding.Latin1.GetBytes(body.ToString())];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Newest_revision_of_an_object_wins(bool compressed)
    {
        var (original, root) = Original(compressed);
        using var file = PdfFile.Open(Update(original, root, prev: null));
        Assert.False(file.WasRecovered, string.Join("; ", file.Problems.Select(p => p.Message)));
        Assert.Equal("(new) Tj", Encoding.Latin1.GetString(file.Pages[0].GetContentBytes()));
        Assert.Equal(200, file.Pages[0].MediaBox.Width); // objects only in the older section still resolve
    }

    [Fact]
    public void Prev_loop_is_read_once()
    {
        var (original, root) = Original(compressed: false);
        using var file = PdfFile.Open(Update(original, root, prev: -1));
        // The loop hides the original section: the scan recovers its objects.
        Assert.Equal("(new) Tj", Encoding.Latin1.GetString(file.Pages[0].GetContentBytes()));
    }

    [Fact]
    public void Hybrid_file_finds_compressed_objects_through_XRefStm()
    {
        var (compressed, root) = Original(compressed: true);
        var xrefStream = StartXref(compressed);
        var tableOffset = compressed.Length;
        var tail = $"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 7 /Root {root} 0 R /XRefStm {xrefStream} >>\nstartxref\n{tableOffset}\n%%EOF\n";
        using var file = PdfFile.Open([.. compressed, .. Encoding.Latin1.GetBytes(tail)]);
        Assert.False(file.WasRecovered, string.Join("; ", file.Problems.Select(p => p.Message)));
        Assert.Equal(XrefEntryType.Compressed, file.GetEntry(2)!.Value.Type);
        Assert.Equal("(old) Tj", Encoding.Latin1.GetString(file.Pages[0].GetContentBytes()));
    }
}
