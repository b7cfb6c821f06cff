using System.Text;
using Extraction.Pdf.Fonts;

namespace Extraction.Tests.Pdf.Text;

public sealed class CMapParserTests
{
    private static CMap Parse(string program, Func<string, CMap?>? useCMap = null) =>
        CMapParser.Parse(Encoding.Latin1.GetBytes(program), useCMap);

    private const string ToUnicode = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CMapName /Test-UCS def
        2 begincodespacerange
        <00> <7F>
        <8140> <FEFE>
        endcodespacerange
        3 beginbfchar
        <41> <0061>
        <8141> <4E2D>
        <42> <00660069>  % multi-character target (ligature)
        endbfchar
        2 beginbfrange
        <30> <39> <FF10>
        <8150> <8152> [<5E74> <6708> <D83DDE00>]
        endbfrange
        endcmap
        """;

    [Fact]
    public void Bfchar_bfrange_and_array_targets_map_codes_to_text()
    {
        var cmap = Parse(ToUnicode);

        Assert.Equal("a", cmap.ToUnicode(0x41));
        Assert.Equal("中", cmap.ToUnicode(0x8141));
        Assert.Equal("fi", cmap.ToUnicode(0x42));
        Assert.Equal("\uFF10", cmap.ToUnicode(0x30));
        Assert.Equal("\uFF19", cmap.ToUnicode(0x39));
        Assert.Equal("年", cmap.ToUnicode(0x8150));
        Assert.Equal("月", cmap.ToUnicode(0x8151));
        Assert.Equal("\U0001F600", cmap.ToUnicode(0x8152));
        Assert.Null(cmap.ToUnicode(0x43));
        Assert.Equal("Test-UCS", cmap.Name);
    }

    [Fact]
    public void Codespace_ranges_split_mixed_one_and_two_byte_codes()
    {
        var cmap = Parse(ToUnicode);
        byte[] shown = [0x41, 0x81, 0x41, 0x35];

        var codes = new List<(uint, int)>();
        for (var i = 0; i < shown.Length;)
        {
            var (code, length) = cmap.ReadCode(shown, i);
            codes.Add((code, length));
            i += length;
        }

        Assert.Equal([(0x41u, 1), (0x8141u, 2), (0x35u, 1)], codes);
    }

    [Fact]
    public void Usecmap_falls_back_to_the_parent_mappings()
    {
        var parent = Parse(ToUnicode);
        var child = Parse("/Test-UCS usecmap 1 beginbfchar <41> <0041> endbfchar", name => name == "Test-UCS" ? parent : null);

        Assert.Equal("A", child.ToUnicode(0x41));
        Assert.Equal("中", child.ToUnicode(0x8141));
        Assert.Equal((0x8141u, 2), child.ReadCode([0x81, 0x41], 0));
    }

    [Fact]
    public void Cid_ranges_and_writing_mode_are_read()
    {
        var cmap = Parse("""
            /WMode 1 def
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            1 begincidrange <0020> <007E> 1 endcidrange
            1 begincidchar <3000> 96 endcidchar
            """);

        Assert.Equal(1, cmap.WritingMode);
        Assert.Equal(1, cmap.ToCid(0x20));
        Assert.Equal(34, cmap.ToCid(0x41));
        Assert.Equal(96, cmap.ToCid(0x3000));
        Assert.Null(cmap.ToCid(0x10));
    }

    [Fact]
    public void Damaged_programs_degrade_without_throwing()
    {
        var cmap = Parse("1 beginbfrange <FFFF> <0000> <0041> endbfrange 2 beginbfchar <41> endbfchar [ << >> ) } <zz");
        Assert.Null(cmap.ToUnicode(0x41));
        Assert.Equal((0x41u, 1), cmap.ReadCode([0x41], 0));
    }

    [Theory]
    [InlineData("GBK-EUC-H", new byte[] { 0xD6, 0xD0 }, "中")]
    [InlineData("GB-EUC-H", new byte[] { 0xD6, 0xD0 }, "中")]
    [InlineData("GBK-EUC-H", new byte[] { 0x31 }, "1")]
    [InlineData("UniGB-UCS2-H", new byte[] { 0x65, 0x70 }, "数")]
    [InlineData("UniGB-UTF16-H", new byte[] { 0x5E, 0x74 }, "年")]
    [InlineData("UniGB-UCS2-V", new byte[] { 0x65, 0x70 }, "数")]
    public void Predefined_chinese_cmaps_reach_unicode_through_adobe_gb1(string name, byte[] shown, string expected)
    {
        var cmap = PredefinedCMaps.Get(name);
        Assert.NotNull(cmap);
        var (code, length) = cmap.ReadCode(shown, 0);
        Assert.Equal(shown.Length, length);
        var cid = cmap.ToCid(code);
        Assert.NotNull(cid);

        var toUnicode = PredefinedCMaps.CidToUnicode("Adobe", "GB1");
        Assert.NotNull(toUnicode);
        Assert.Equal(expected, toUnicode.ToUnicode((uint)cid.Value));
    }

    [Fact]
    public void Unknown_predefined_names_are_null_and_identity_is_built_in()
    {
        Assert.Null(PredefinedCMaps.Get("../../etc/passwd"));
        var identity = PredefinedCMaps.Get("Identity-H")!;
        Assert.Equal((0x1234u, 2), identity.ReadCode([0x12, 0x34], 0));
        Assert.Equal(0x1234, identity.ToCid(0x1234));
    }
}
