using Extraction.Cli;
using Extraction.Ocr;

namespace Extraction.Tests.Cli;

/// <summary>extract-text takes only the plain `text FILE... [--ocr X]`; every other line goes to the full CLI.</summary>
public sealed class TextArgumentsTests
{
    [Theory]
    [InlineData(OcrEngine.Paddle, "text", "a.pdf")]
    [InlineData(OcrEngine.Paddle, "text", "a.pdf", "dir", "b c.docx")]
    [InlineData(OcrEngine.Tesseract, "text", "--ocr", "tesseract", "a.pdf")]
    [InlineData(OcrEngine.Tesseract, "text", "a.pdf", "--ocr=Tesseract")]
    [InlineData(OcrEngine.Paddle, "text", "--ocr", "paddle", "a.pdf")]
    [InlineData(OcrEngine.Paddle, "text", "text")]
    public void Plain_text_lines_are_taken(OcrEngine engine, params string[] args)
    {
        Assert.True(TextArguments.TryParse(args, out var paths, out var ocr));
        Assert.Equal(engine, ocr);
        Assert.Equal(args.Skip(1).Where(a => !a.StartsWith("--ocr", StringComparison.Ordinal) && !a.Equals("tesseract", StringComparison.OrdinalIgnoreCase) && a != "paddle"), paths);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("check", "a.pdf")]
    [InlineData("--version")]
    [InlineData("text", "--help")]
    [InlineData("text", "-h", "a.pdf")]
    [InlineData("text", "a.pdf", "--lang", "en")]
    [InlineData("text", "--no-such-option", "a.pdf")]
    [InlineData("text", "--", "a.pdf")]
    [InlineData("text", "-")]
    [InlineData("text", "@args.rsp")]
    [InlineData("text", "")]
    [InlineData("text", "--ocr", "1", "a.pdf")]
    [InlineData("text", "--ocr", "paddle,tesseract", "a.pdf")]
    [InlineData("text", "--ocr", "paddle", "--ocr", "tesseract", "a.pdf")]
    [InlineData("text", "a.pdf", "--ocr")]
    [InlineData("text", "--ocr:tesseract", "a.pdf")]
    [InlineData("text", "--ocr", "paddle")]
    public void Every_other_line_goes_to_the_full_cli(params string[] args) =>
        Assert.False(TextArguments.TryParse(args, out _, out _));
}
