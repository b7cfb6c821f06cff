using System.Text;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Tests.Pdf.Objects;

public sealed class LexerAndParserTests
{
    private static PdfObject Parse(string text) =>
        new PdfObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text))).ReadObject();

    private static string Bytes(PdfObject value) => Encoding.Latin1.GetString(Assert.IsType<PdfString>(value).Bytes);

    [Theory]
    [InlineData(@"(a\nb)", "a\nb")]
    [InlineData(@"(\(x\) \\ \t)", "(x) \\ \t")]
    [InlineData(@"(\101\1011\60)", "AA10")] // octal: up to three digits
    [InlineData(@"(\7)", "\a")]
    [InlineData("(nested (paren) ok)", "nested (paren) ok")]
    [InlineData("(line\\\ncontinued)", "linecontinued")]
    [InlineData("(line\\\r\ncontinued)", "linecontinued")]
    [InlineData("(raw\r\neol)", "raw\neol")]
    [InlineData("(raw\reol)", "raw\neol")]
    [InlineData(@"(\q)", "q")]
    public void Literal_strings_decode_escapes(string source, string expected) => Assert.Equal(expected, Bytes(Parse(source)));

    [Theory]
    [InlineData("<48 65 6c6C6f>", "Hello")]
    [InlineData("<414>", "A@")] // odd digit count: last digit padded with 0
    [InlineData("<>", "")]
    public void Hex_strings_decode(string source, string expected)
    {
        var value = Parse(source);
        Assert.Equal(expected, Bytes(value));
        Assert.True(((PdfString)value).IsHex);
    }

    [Theory]
    [InlineData("/Name", "Name")]
    [InlineData("/A#20B", "A B")]
    [InlineData("/#E4#B8#AD", "\u00E4\u00B8\u00AD")] // UTF-8 bytes of 中, one char per byte
    [InlineData("/Bad#zz", "Bad#zz")]
    [InlineData("/", "")]
    public void Names_decode_hash_escapes(string source, string expected) =>
        Assert.Equal(expected, Assert.IsType<PdfName>(Parse(source)).Value);

    [Theory]
    [InlineData("42", 42.0)]
    [InlineData("-17", -17.0)]
    [InlineData("+3", 3.0)]
    [InlineData("3.25", 3.25)]
    [InlineData("-.5", -0.5)]
    [InlineData("4.", 4.0)]
    [InlineData("--5", 5.0)]
    [InlineData("123456789012345678901234", 1.2345678901234568E+23)]
    public void Numbers_parse_like_poppler(string source, double expected) =>
        Assert.Equal(expected, Assert.IsAssignableFrom<PdfNumber>(Parse(source)).Double, 6);

    [Fact]
    public void Arrays_dictionaries_and_references_nest()
    {
        var value = Assert.IsType<PdfDictionary>(Parse("<< /Type /Page /Kids [1 0 R 2 0 R 3] /MediaBox [0 0 595.3 842] /Null null /Flag true /Sub << /A (x) >> >>"));
        Assert.Equal("Page", value.GetName("Type"));
        var kids = Assert.IsType<PdfArray>(value.GetRaw("Kids"));
        Assert.Equal(new ObjectId(1, 0), Assert.IsType<PdfReference>(kids.Items[0]).Id);
        Assert.Equal(3, Assert.IsType<PdfInteger>(kids.Items[2]).Value);
        Assert.False(value.ContainsKey("Null")); // null values are absent keys
        Assert.True(value.GetBool("Flag"));
        Assert.Equal("x", value.GetDictionary("Sub")!.GetString("A")!.ToText());
        Assert.Equal(new PdfRectangle(0, 0, 595.3, 842), PdfRectangle.From(value.GetRaw("MediaBox")));
    }

    [Theory]
    [InlineData("(unterminated", 0)]
    [InlineData("<< /A 1 /B", 10)]
    [InlineData("[1 2 3", 0)]
    [InlineData("   <41 zz>", 7)]
    [InlineData("<< 5 /A >>", 3)]
    public void Errors_name_the_byte_offset(string source, long offset)
    {
        var error = Assert.ThrowsAny<PdfParseException>(() => Parse(source));
        Assert.Equal(offset, error.Offset);
        Assert.Contains($"at byte {offset}", error.Message, StringComparison.Ordinal);
        Assert.Equal("pdf", error.Stage);
    }

    [Fact]
    public void Deep_nesting_is_a_limit_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        Assert.ThrowsAny<PdfParseException>(() => Parse(text));
    }

    [Fact]
    public void Indirect_object_with_wrong_stream_length_is_delimited_by_endstream()
    {
        var text = "7 0 obj\n<< /Length 999 >>\nstream\nBT (hi) Tj ET\nendstream\nendobj\n";
        var problems = new List<string>();
        var parser = new PdfObjectParser(new PdfLexer(Encoding.Latin1.GetBytes(text))) { Report = problems.Add };
        var result = parser.ReadIndirectObject();
        Assert.Equal(new ObjectId(7, 0), result.Id);
        var stream = Assert.IsType<PdfStream>(result.Value);
        Assert.Equal("BT (hi) Tj ET", Encoding.Latin1.GetString(stream.GetDecodedData()));
        Assert.Single(problems);
    }

    [Fact]
    public void Content_tokenizer_yields_operators_with_operands_and_inline_images()
    {
        var content = "q 1 0 0 1 72 720 cm BT /F1 12 Tf [(A) -250 (B)] TJ ET\nBI /W 2 /H 2 /CS /G /BPC 8 ID \u0001 EI EI Q";
        var operations = ContentStreamTokenizer.Tokenize(Encoding.Latin1.GetBytes(content)).ToList();
        Assert.Equal(["q", "cm", "BT", "Tf", "TJ", "ET", "BI", "Q"], operations.Select(o => o.Operator));
        Assert.Equal(6, operations[1].Operands.Count);
        Assert.Equal("F1", Assert.IsType<PdfName>(operations[3].Operands[0]).Value);
        Assert.Equal(3, Assert.IsType<PdfArray>(operations[4].Operands[0]).Count);
        var image = operations[6];
        Assert.Equal(2, Assert.IsType<PdfDictionary>(image.Operands[0]).GetInt("W"));
        Assert.Equal([1, (byte)' ', (byte)'E', (byte)'I'], image.InlineImageData.ToArray()); // size from W×H×BPC, not the first " EI"
    }

    [Fact]
    public void Content_tokenizer_skips_damage_and_continues()
    {
        var problems = new List<string>();
        var operations = ContentStreamTokenizer.Tokenize("1 0 0 RG <zz> Tj 0 g"u8.ToArray(), problems.Add).ToList();
        Assert.Equal(["RG", "Tj", "g"], operations.Select(o => o.Operator));
        Assert.NotEmpty(problems);
    }
}
