using System.Globalization;
using System.Text;
using Extraction.Model;
using Extraction.Pdf;
using Extraction.Pdf.Structure;
using Extraction.Reading;

namespace Extraction.Tests.Pdf.Text;

/// <summary>Writes small one-page PDFs with correct cross-references from object bodies, for reader tests.</summary>
internal sealed class TestPdf
{
    private readonly List<string> _objects = [];

    /// <summary>Adds an object body; returns its number (1 = catalog, 2 = pages, 3 = page are reserved).</summary>
    public int Add(string body)
    {
        _objects.Add(body);
        return _objects.Count + 3;
    }

    public int AddStream(string dictionary, string data) =>
        Add($"<< {dictionary} /Length {Encoding.Latin1.GetByteCount(data)} >>\nstream\n{data}\nendstream");

    /// <summary>A PDF whose single page shows <paramref name="content"/> with these resources.</summary>
    public byte[] Build(string content, string resources, string pageExtra = "", string mediaBox = "[0 0 595 842]")
    {
        var contentId = AddStream(string.Empty, content);
        var all = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox {mediaBox} /Resources {resources} /Contents {contentId} 0 R {pageExtra} >>",
        };
        all.AddRange(_objects);
        var sb = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < all.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{all[i]}\nendobj\n");
        }

        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {all.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {all.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    public static Document Read(byte[] pdf)
    {
        using var file = PdfFile.Open(pdf);
        return PdfReader.Read(file, ReaderOptions.Default, CancellationToken.None);
    }

    /// <summary>A ToUnicode CMap stream body mapping two-byte codes to the given characters.</summary>
    public static string ToUnicodeCMap(params (int Code, string Text)[] map)
    {
        var sb = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        sb.Append(CultureInfo.InvariantCulture, $"{map.Length} beginbfchar\n");
        foreach (var (code, text) in map)
        {
            var hex = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
            sb.Append(CultureInfo.InvariantCulture, $"<{code:X4}> <{hex}>\n");
        }

        sb.Append("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end");
        return sb.ToString();
    }
}
