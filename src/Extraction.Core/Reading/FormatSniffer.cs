using System.Text;

namespace Extraction.Reading;

/// <summary>Decides a file's type from its content, and checks it against its extension so that a
/// mislabelled file gets a clear problem instead of a parser's confusion.</summary>
public static class FormatSniffer
{
    private const int HeadLength = 4096;

    public static SniffedType Sniff(SourceFile file)
    {
        if (file.Length == 0)
        {
            return SniffedType.Empty;
        }

        return Sniff(file.ReadHead(HeadLength), file.Extension);
    }

    public static SniffedType Sniff(ReadOnlySpan<byte> head, string extension)
    {
        if (head.IsEmpty)
        {
            return SniffedType.Empty;
        }

        // PDF allows junk before the header within the first KB.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return SniffedType.Pdf;
        }

        if (head.StartsWith("PK\x03\x04"u8))
        {
            return head.IndexOf("word/"u8) >= 0 || head.IndexOf("[Content_Types].xml"u8) >= 0 && extension == ".docx"
                ? SniffedType.Docx
                : SniffedType.Zip;
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return SniffedType.OleCompound;
        }

        if (head.StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }))
        {
            return SniffedType.Png;
        }

        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return SniffedType.Jpeg;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return SniffedType.Tiff;
        }

        if (LooksBinary(head))
        {
            return SniffedType.Binary;
        }

        var text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]).ToLowerInvariant();
        if (text.Contains("<html", StringComparison.Ordinal) || text.Contains("<!doctype html", StringComparison.Ordinal)
            || (extension is ".html" or ".htm" && text.Contains('<', StringComparison.Ordinal)))
        {
            return SniffedType.Html;
        }

        return extension == ".md" ? SniffedType.Markdown : SniffedType.Text;
    }

    /// <summary>What the extension promises, for mismatch messages.</summary>
    /// <summary>The catalog term naming a content type ("term.content_zip": 非Word文档的ZIP压缩包).</summary>
    public static string TermId(SniffedType type) => type switch
    {
        SniffedType.Unknown => "term.content_unknown",
        _ => $"term.content_{type.ToString().ToLowerInvariant()}",
    };

    public static string Describe(SniffedType type) => type switch
    {
        SniffedType.Empty => "an empty file",
        SniffedType.Pdf => "a PDF (%PDF- header)",
        SniffedType.Docx => "a Word .docx package",
        SniffedType.Zip => "a ZIP archive that is not a Word document",
        SniffedType.OleCompound => "an OLE compound file (legacy .doc/.xls/.wps, not supported)",
        SniffedType.Html => "an HTML page",
        SniffedType.Markdown => "Markdown text",
        SniffedType.Text => "plain text",
        SniffedType.Png => "a PNG image",
        SniffedType.Jpeg => "a JPEG image",
        SniffedType.Tiff => "a TIFF image",
        SniffedType.Binary => "binary data of unknown type",
        _ => "content of unknown type",
    };

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var sample = head[..Math.Min(head.Length, 1024)];
        // UTF-16 text has NULs; a BOM says it is text.
        if (sample.StartsWith(new byte[] { 0xFF, 0xFE }) || sample.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return false;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }
}
