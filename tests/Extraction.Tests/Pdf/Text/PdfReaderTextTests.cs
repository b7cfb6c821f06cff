using Extraction.Model;

namespace Extraction.Tests.Pdf.Text;

public sealed class PdfReaderTextTests
{
    private const string Helvetica = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>";

    private static string Text(Document document) => DocumentText.Render(document).TrimEnd('\f', '\n');

    [Fact]
    public void Simple_font_text_with_kerning_and_word_gaps_reads_as_words()
    {
        var pdf = new TestPdf().Build("BT /F1 12 Tf 72 700 Td [(T) 80 (otal)] TJ 40 0 Td (score) Tj ET", Helvetica);
        var document = TestPdf.Read(pdf);

        Assert.Equal("Total score", Text(document));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Pages[0].Blocks));
        var box = paragraph.Provenance.Box!.Value;
        Assert.InRange(box.Left, 71, 73);
        Assert.InRange(box.Bottom, 842 - 700, 842 - 700 + 4);
    }

    [Fact]
    public void Differences_glyph_names_give_digits_and_ideographs_without_tounicode()
    {
        var t = new TestPdf();
        var font = t.Add("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+SimSun /FirstChar 65 /LastChar 68 /Widths [500 500 1000 500] "
            + "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /one /two /uni4E2D /g77] >> >>");
        var document = TestPdf.Read(t.Build("BT /F1 10 Tf 72 700 Td (ABCD) Tj ET", $"<< /Font << /F1 {font} 0 R >> >>"));

        Assert.Equal("12中\uFFFD", Text(document));
    }

    [Fact]
    public void Identity_h_with_tounicode_normalises_kangxi_radicals_and_marks_unknown_codes()
    {
        var t = new TestPdf();
        var cmap = t.AddStream(string.Empty, TestPdf.ToUnicodeCMap((1, "\u2F08"), (2, "\uF9F4"), (3, "民")));
        var descendant = t.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>");
        var font = t.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {cmap} 0 R >>");
        var document = TestPdf.Read(t.Build("BT /F1 12 Tf 72 700 Td <0001000200030009> Tj ET", $"<< /Font << /F1 {font} 0 R >> >>"));

        Assert.Equal("人林民\uFFFD", Text(document));
    }

    [Fact]
    public void Non_embedded_chinese_font_with_a_predefined_unicode_cmap_is_decoded()
    {
        // reportlab's STSong-Light: UniGB-UCS2-H, no ToUnicode, no font program.
        var t = new TestPdf();
        var descendant = t.Add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>");
        var font = t.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [{descendant} 0 R] >>");
        var gbk = t.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /FangSong /Encoding /GBK-EUC-H /DescendantFonts [{descendant} 0 R] >>");
        var document = TestPdf.Read(t.Build(
            "BT /F1 12 Tf 72 700 Td <65705B57> Tj ET BT /F2 12 Tf 72 650 Td <D6D0CEC4> Tj ET",
            $"<< /Font << /F1 {font} 0 R /F2 {gbk} 0 R >> >>"));

        Assert.Equal("数字\n中文", Text(document));
    }

    [Fact]
    public void Fake_bold_duplicates_are_removed_and_invisible_text_is_kept()
    {
        var content = "BT /F1 12 Tf 72 700 Td (Bold) Tj ET BT /F1 12 Tf 72.4 700 Td (Bold) Tj ET "
            + "BT 3 Tr /F1 12 Tf 72 600 Td (hidden) Tj ET";
        var document = TestPdf.Read(new TestPdf().Build(content, Helvetica));

        Assert.Equal("Bold\nhidden", Text(document));
    }

    [Fact]
    public void Actual_text_replaces_the_glyphs_it_covers()
    {
        var content = "BT /F1 12 Tf 72 700 Td (A) Tj /Span << /ActualText (fi) >> BDC (xx) Tj EMC (B) Tj ET";
        var document = TestPdf.Read(new TestPdf().Build(content, Helvetica));

        Assert.Equal("AfiB", Text(document));
    }

    [Fact]
    public void Form_xobjects_draw_with_their_matrix_and_resources()
    {
        var t = new TestPdf();
        var form = t.AddStream(
            "/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [1 0 0 1 100 0] " + "/Resources " + Helvetica,
            "BT /F1 12 Tf 0 700 Td (inside) Tj ET /Fm1 Do");
        var document = TestPdf.Read(t.Build("/Fm1 Do", $"<< /XObject << /Fm1 {form} 0 R >> >>"));

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Pages[0].Blocks));
        Assert.Equal("inside", paragraph.Text);
        Assert.InRange(paragraph.Provenance.Box!.Value.Left, 99, 101);
    }

    [Fact]
    public void Rotated_pages_report_display_geometry()
    {
        var document = TestPdf.Read(new TestPdf().Build("BT /F1 12 Tf 72 700 Td (turn) Tj ET", Helvetica, "/Rotate 90"));
        var page = document.Pages[0];
        Assert.Equal((842.0, 595.0), (page.Width!.Value, page.Height!.Value));
        Assert.Equal("turn", Text(document));
        var box = Assert.Single(page.Blocks).Provenance.Box!.Value;
        Assert.InRange(box.Top, 60, 90);
    }

    [Fact]
    public void Thin_filled_rectangles_become_a_ruled_table_and_white_ones_do_not()
    {
        // 2 x 2 grid drawn as 1 pt black bars; a white full-size rectangle underneath is ignored.
        var bars = "0 0 0 rg 100 700 200 1 re f 100 670 200 1 re f 100 640 200 1 re f "
            + "100 640 1 61 re f 200 640 1 61 re f 300 640 1 61 re f ";
        var content = "1 1 1 rg 0 0 595 842 re f " + bars
            + "BT /F1 10 Tf 110 680 Td (a1) Tj 100 0 Td (b1) Tj -100 -30 Td (a2) Tj 100 0 Td (b2) Tj ET "
            + "BT /F1 10 Tf 100 600 Td (after) Tj ET";
        var document = TestPdf.Read(new TestPdf().Build(content, Helvetica));

        var blocks = document.Pages[0].Blocks;
        var table = Assert.IsType<Table>(blocks[0]);
        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("b1", table.CellAt(0, 1)!.Text);
        Assert.Equal("a2", table.CellAt(1, 0)!.Text);
        Assert.Equal(1, table.CellAt(1, 1)!.Provenance.Page);
        Assert.Equal("after", Assert.IsType<Paragraph>(blocks[1]).Text);
    }

    [Fact]
    public void Image_only_pages_need_ocr()
    {
        var t = new TestPdf();
        var image = t.AddStream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\u0080");
        var document = TestPdf.Read(t.Build("q 595 0 0 842 0 0 cm /Im1 Do Q", $"<< /XObject << /Im1 {image} 0 R >> >>"));

        Assert.Equal(PageKind.NeedsOcr, document.Pages[0].Kind);
        Assert.Equal(SourceFormat.PdfScanned, document.Format);
    }

    [Fact]
    public void Damaged_content_and_missing_fonts_do_not_throw()
    {
        var document = TestPdf.Read(new TestPdf().Build("BT /F9 12 Tf 72 700 Td (x) Tj ] ) 1 2 re cm Tm ET /Nope Do", "<< >>"));
        Assert.Equal("\uFFFD", Text(document));
        Assert.Contains(document.Problems, p => p.Message.Contains("F9", StringComparison.Ordinal));
    }
}
