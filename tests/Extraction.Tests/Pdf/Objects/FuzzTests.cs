using Extraction.Pdf.Parsing;
using Extraction.Pdf.Structure;
using Extraction.Reading;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>A few hundred deterministic fuzz cases (the benchmark host runs ≥ 10,000: "pdf-fuzz").</summary>
public sealed class FuzzTests
{
    private static readonly ReaderOptions Options = new() { MaxDecodedBytes = 4 * 1024 * 1024 };

    [Fact]
    public void Mutated_files_give_only_typed_errors_and_never_hang()
    {
        var seeds = PdfFuzzHarness.SyntheticSeeds();
        seeds.Add(("seed000", File.ReadAllBytes(PdfCorpus.PathOf("corpus/seeds/seed000.pdf"))));
        var result = PdfFuzzHarness.Run(seeds, cases: 400, seed: 20261122, Options, TimeSpan.FromSeconds(10));
        Assert.True(result.Crashes == 0 && result.Hangs == 0, string.Join("\n", result.Failures));
        Assert.Equal(400, result.Opened + result.Rejected);
        Assert.True(result.Opened > 100, $"only {result.Opened} cases opened: the mutations or the recovery are too weak");
        Assert.True(result.Mutations.Count >= 9);
    }

    [Fact]
    public void Synthetic_seeds_read_as_built()
    {
        var seeds = PdfFuzzHarness.SyntheticSeeds().ToDictionary(s => s.Name, s => s.Data);
        foreach (var name in new[] { "synthetic-classic", "synthetic-objstm" })
        {
            using var file = PdfFile.Open(seeds[name], Options);
            Assert.False(file.WasRecovered);
            Assert.Empty(file.Problems);
            Assert.Equal(3, file.Pages.Count);
            var first = file.Pages[0];
            Assert.Equal(90, first.Rotate); // inherited
            Assert.Equal(595, first.MediaBox.Width); // inherited
            Assert.Equal(new Extraction.Pdf.Objects.PdfRectangle(10, 10, 500, 800), first.CropBox);
            Assert.NotNull(first.Resources.GetDictionary("Font")?.GetDictionary("F1"));
            Assert.Equal(["q", "cm", "BT", "Tf", "Tj", "TJ", "ET", "Q", "BI", "Do"], first.GetOperations().Select(o => o.Operator));
            Assert.Equal(270, file.Pages[1].Rotate);
            Assert.Equal(["q", "cm", "BT", "Tf", "Tj", "TJ", "ET", "Q", "BI", "Do", "rg", "re", "f"], file.Pages[1].GetOperations().Select(o => o.Operator));
            Assert.Equal(new byte[] { 45, 45, 45, 45, 45, 65, 45, 45, 45, 66 }, file.Pages[2].GetContentBytes());
        }
    }

    [Fact]
    public void Reference_cycles_and_repeated_kids_are_read_once()
    {
        var data = PdfFuzzHarness.SyntheticSeeds().Single(s => s.Name == "synthetic-cycles").Data;
        using var file = PdfFile.Open(data, Options);
        Assert.Single(file.Pages); // the Pages node lists itself and page 2 twice
        Assert.Equal("BT (loop) Tj ET\nBT (loop) Tj ET", System.Text.Encoding.ASCII.GetString(file.Pages[0].GetContentBytes()));
        Assert.Contains(file.Problems, p => p.Message.Contains("appears twice", StringComparison.Ordinal));
        PdfFuzzHarness.Exercise(file);
    }

    [Fact]
    public void Broken_page_tree_falls_back_to_scanning_for_page_objects()
    {
        var pdf = new SyntheticPdf();
        var node = pdf.Add("<< /Type /Pages /Count 2 /MediaBox [0 0 300 400] /Rotate 180 >>");
        pdf.Add($"<< /Type /Page /Parent {node} 0 R /Contents 4 0 R >>");
        pdf.Add($"<< /Type /Page /Parent {node} 0 R /Contents 4 0 R /MediaBox [0 0 100 100] >>");
        pdf.AddStream("", "(x) Tj"u8.ToArray());
        var catalog = pdf.Add("<< /Type /Catalog /Pages 99 0 R >>");
        using var file = PdfFile.Open(pdf.Build(catalog), Options);
        Assert.Equal(2, file.Pages.Count);
        Assert.Equal(300, file.Pages[0].MediaBox.Width); // inherited through /Parent
        Assert.Equal(180, file.Pages[0].Rotate);
        Assert.Equal(100, file.Pages[1].MediaBox.Width);
        Assert.Equal("(x) Tj", System.Text.Encoding.ASCII.GetString(file.Pages[1].GetContentBytes()));
        Assert.Contains(file.Problems, p => p.Message.Contains("found by scanning", StringComparison.Ordinal));
    }

    [Fact]
    public void Decompression_bomb_is_a_typed_limit_error()
    {
        var data = PdfFuzzHarness.SyntheticSeeds().Single(s => s.Name == "synthetic-bomb").Data;
        using var file = PdfFile.Open(data, Options);
        var error = Assert.Throws<PdfLimitException>(() => file.Pages[0].GetContentBytes());
        Assert.Contains("MaxDecodedBytes", error.Message, StringComparison.Ordinal);
    }
}
