using System.Text;
using Extraction.Reading;

namespace Extraction.Tests.Core;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", ".pdf", SniffedType.Pdf)]
    [InlineData("<!DOCTYPE html><html>", ".html", SniffedType.Html)]
    [InlineData("# 标题\n| a | b |", ".md", SniffedType.Markdown)]
    [InlineData("一、基本情况", ".txt", SniffedType.Text)]
    public void Sniffs_by_content(string head, string extension, SniffedType expected) =>
        Assert.Equal(expected, FormatSniffer.Sniff(Encoding.UTF8.GetBytes(head), extension));

    [Fact]
    public void Binary_is_not_text() =>
        Assert.Equal(SniffedType.Binary, FormatSniffer.Sniff(new byte[] { 1, 2, 0, 4, 5 }, ".txt"));
}
