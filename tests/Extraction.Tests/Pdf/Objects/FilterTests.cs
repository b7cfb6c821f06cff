using System.IO.Compression;
using System.Text;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Tests.Pdf.Objects;

public sealed class FilterTests
{
    private static readonly byte[] Sample = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 200).Select(i => $"BT /F1 12 Tf ({i}) Tj ET\n")));

    private static PdfDictionary Dict(string text) =>
        (PdfDictionary)new PdfObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text))).ReadObject();

    private static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    [Fact]
    public void Flate_round_trips()
    {
        var decoded = StreamDecoder.Decode(Dict("<< /Filter /FlateDecode >>"), Zlib(Sample), DecodeOptions.Default);
        Assert.True(decoded.IsFullyDecoded);
        Assert.Equal(Sample, decoded.Data);
    }

    [Fact]
    public void Flate_with_bad_checksum_or_truncation_keeps_what_decoded()
    {
        var problems = new List<string>();
        var options = new DecodeOptions { Report = problems.Add };
        var z = Zlib(Sample);
        z[^1] ^= 0xFF; // Adler-32 broken
        Assert.Equal(Sample, FlateFilter.Decode(z, options));
        var truncated = FlateFilter.Decode(Zlib(Sample).AsMemory(0, Zlib(Sample).Length - 20), options);
        Assert.True(truncated.Length > Sample.Length / 2);
        Assert.Equal(Sample[..truncated.Length], truncated);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Flate_bomb_is_a_limit_error()
    {
        var bomb = Zlib(new byte[50_000_000]);
        var options = new DecodeOptions { MaxDecodedBytes = 1_000_000 };
        Assert.Throws<PdfLimitException>(() => FlateFilter.Decode(bomb, options));
    }

    [Fact]
    public void Png_predictors_are_undone()
    {
        // Two rows of 3 bytes: row 1 with Sub, row 2 with Up, then Average and Paeth rows.
        byte[] encoded = [1, 10, 5, 5, 2, 1, 1, 1, 3, 0, 0, 0, 4, 1, 1, 1];
        var decoded = Predictor.Apply(encoded, Dict("<< /Predictor 12 /Columns 3 >>"), DecodeOptions.Default);
        Assert.Equal(new byte[] { 10, 15, 20, 11, 16, 21, 5, 10, 15, 6, 11, 16 }, decoded);
    }

    [Fact]
    public void Tiff_predictor_is_undone()
    {
        byte[] encoded = [10, 20, 1, 1, 5, 5];
        var decoded = Predictor.Apply(encoded, Dict("<< /Predictor 2 /Colors 2 /Columns 3 >>"), DecodeOptions.Default);
        Assert.Equal(new byte[] { 10, 20, 11, 21, 16, 26 }, decoded);
    }

    [Fact]
    public void Lzw_decodes_the_spec_example()
    {
        // ISO 32000 §7.4.4.2 example: 45 45 45 45 45 65 45 45 45 66.
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];
        var decoded = StreamDecoder.Decode(Dict("<< /Filter /LZWDecode >>"), encoded, DecodeOptions.Default).Data;
        Assert.Equal(new byte[] { 45, 45, 45, 45, 45, 65, 45, 45, 45, 66 }, decoded);
    }

    [Theory]
    [InlineData("/ASCIIHexDecode", "48656C6C6F 2c20776f726c64>", "Hello, world")]
    [InlineData("/AHx", "414>", "A@")]
    [InlineData("/ASCII85Decode", "87cURD]i,\"Ebo80~>", "Hello World!")]
    [InlineData("/ASCII85Decode", "z~>", "\0\0\0\0")]
    [InlineData("/RunLengthDecode", "\u0002abc\u00FDx\u0080", "abcxxxx")]
    [InlineData("[/ASCIIHexDecode /RunLengthDecode]", "0161 62FD78 80>", "abxxxx")]
    public void Text_filters_and_chains_decode(string filter, string input, string expected)
    {
        var decoded = StreamDecoder.Decode(Dict($"<< /Filter {filter} >>"), Encoding.Latin1.GetBytes(input), DecodeOptions.Default);
        Assert.Equal(expected, Encoding.Latin1.GetString(decoded.Data));
    }

    [Fact]
    public void Image_filters_are_passed_through_with_parameters()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 };
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(jpeg) + ">");
        var decoded = StreamDecoder.Decode(Dict("<< /Filter [/AHx /DCTDecode] /DecodeParms [null << /ColorTransform 0 >>] >>"), hex, DecodeOptions.Default);
        Assert.Equal(jpeg, decoded.Data);
        var remaining = Assert.Single(decoded.RemainingFilters);
        Assert.Equal("DCTDecode", remaining.Name);
        Assert.Equal(0, remaining.Parameters!.GetInt("ColorTransform"));
    }
}
