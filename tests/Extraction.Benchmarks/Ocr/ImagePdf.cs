using System.Globalization;
using System.Text;

namespace Extraction.Benchmarks.Ocr;

/// <summary>Writes JPEG page images (RGB, DCTDecode, unchanged) as a multi-page PDF at a given
/// resolution: a made-up "scanned report".</summary>
internal static class ImagePdf
{
    public static byte[] Write(IReadOnlyList<(byte[] Jpeg, int Width, int Height)> pages, int dpi)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        void Begin(int id)
        {
            while (offsets.Count < id)
            {
                offsets.Add(0);
            }

            offsets[id - 1] = output.Position;
            Text(string.Create(CultureInfo.InvariantCulture, $"{id} 0 obj\n"));
        }

        Text("%PDF-1.4\n%\u00e2\u00e3\n");
        var kids = string.Join(" ", Enumerable.Range(0, pages.Count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{3 + (i * 3)} 0 R")));
        Begin(1);
        Text("<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Begin(2);
        Text(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>\nendobj\n"));
        for (var i = 0; i < pages.Count; i++)
        {
            var (jpeg, width, height) = pages[i];
            var (page, image, content) = (3 + (i * 3), 4 + (i * 3), 5 + (i * 3));
            var w = width * 72.0 / dpi;
            var h = height * 72.0 / dpi;
            Begin(page);
            Text(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:0.##} {h:0.##}] /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {content} 0 R >>\nendobj\n"));
            Begin(image);
            Text(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>\nstream\n"));
            output.Write(jpeg);
            Text("\nendstream\nendobj\n");
            var stream = string.Create(CultureInfo.InvariantCulture, $"q {w:0.##} 0 0 {h:0.##} 0 0 cm /Im0 Do Q");
            Begin(content);
            Text(string.Create(CultureInfo.InvariantCulture, $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream\nendobj\n"));
        }

        var xref = output.Position;
        Text(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Text(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Text(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return output.ToArray();
    }
}
