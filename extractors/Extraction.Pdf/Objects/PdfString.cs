using System.Text;

namespace Extraction.Pdf.Objects;

/// <summary>A string object: raw bytes (already decrypted). Their meaning depends on use: text strings are
/// PDFDocEncoding or UTF-16BE with BOM (<see cref="ToText"/>); strings shown by content operators are
/// font codes (pdftext decodes them through the font).</summary>
internal sealed class PdfString : PdfObject
{
    public PdfString(byte[] bytes, bool isHex = false)
    {
        Bytes = bytes;
        IsHex = isHex;
    }

    public byte[] Bytes { get; }

    /// <summary>Written as &lt;hex&gt; rather than (literal) in the file.</summary>
    public bool IsHex { get; }

    /// <summary>Decodes a text string (§7.9.2.2): UTF-16BE or UTF-8 with BOM, else PDFDocEncoding (≈ Latin-1 here).</summary>
    public string ToText()
    {
        var b = Bytes;
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(b, 2, (b.Length - 2) & ~1);
        }

        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(b, 3, b.Length - 3);
        }

        return Encoding.Latin1.GetString(b);
    }
}
