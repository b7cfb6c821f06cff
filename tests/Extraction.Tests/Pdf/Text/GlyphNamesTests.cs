using Extraction.Pdf.Fonts;

namespace Extraction.Tests.Pdf.Text;

public sealed class GlyphNamesTests
{
    [Theory]
    [InlineData("one", "1")]
    [InlineData("zero.tosf", "0")]
    [InlineData("uni4E2D", "中")]
    [InlineData("uni00660069", "fi")]
    [InlineData("u1F600", "\U0001F600")]
    [InlineData("f_i", "fi")]
    [InlineData("percent", "%")]
    [InlineData("period", ".")]
    [InlineData("quotedblleft", "\u201C")]
    [InlineData("Euro", "€")]
    public void Names_map_to_characters(string name, string expected) =>
        Assert.Equal(expected, GlyphNames.ToUnicode(name));

    [Theory]
    [InlineData("g123")]
    [InlineData("cid42")]
    [InlineData("uniD800")]
    [InlineData("")]
    public void Opaque_names_map_to_nothing(string name) => Assert.Null(GlyphNames.ToUnicode(name));

    [Fact]
    public void Base_encodings_differ_where_the_spec_says()
    {
        Assert.Equal("\u2019", SimpleEncodings.Standard[0x27]);
        Assert.Equal("'", SimpleEncodings.WinAnsi[0x27]);
        Assert.Equal("\u201C", SimpleEncodings.WinAnsi[0x93]);
        Assert.Equal("é", SimpleEncodings.MacRoman[0x8E]);
        Assert.Equal("\uFB01", SimpleEncodings.Standard[0xAE]);
    }

    [Fact]
    public void Standard_fonts_have_widths_and_others_do_not()
    {
        Assert.Equal(556, StandardFontMetrics.ForFont("Helvetica")!("0"));
        Assert.Equal(600, StandardFontMetrics.ForFont("Courier-Bold")!("W"));
        Assert.Equal(250, StandardFontMetrics.ForFont("ABCDEF+TimesNewRomanPSMT")!(" "));
        Assert.Null(StandardFontMetrics.ForFont("SimSun"));
    }
}
