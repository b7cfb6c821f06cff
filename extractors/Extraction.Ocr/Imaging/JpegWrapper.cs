using System.Globalization;
using System.Text;

namespace Extraction.Ocr.Imaging;

/// <summary>Wraps a JPEG unchanged (DCTDecode) into a one-page PDF so that pdftoppm, which cannot read
/// JPEG files, decodes and renders it: no JPEG decoder of our own is needed.</summary>
internal static class JpegWrapper
{
    public static (int Width, int Height, int Components, double? Dpi) ReadHeader(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new InvalidDataException("expected a JPEG start-of-image marker (FF D8) at offset 0");
        }

        double? dpi = null;
        var pos = 2;
        while (pos + 4 <= jpeg.Length)
        {
            if (jpeg[pos] != 0xFF)
            {
                pos++;
                continue;
            }

            var marker = jpeg[pos + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF)
            {
                pos += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = (jpeg[pos + 2] << 8) | jpeg[pos + 3];
            if (length < 2 || pos + 2 + length > jpeg.Length)
            {
                break;
            }

            if (marker == 0xE0 && length >= 16 && jpeg.AsSpan(pos + 4, 5).SequenceEqual("JFIF\0"u8))
            {
                var units = jpeg[pos + 11];
                var density = (jpeg[pos + 12] << 8) | jpeg[pos + 13];
                if (density > 0 && units is 1 or 2)
                {
                    dpi = units == 1 ? density : density * 2.54;
                }
            }

            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && length >= 8)
            {
                var height = (jpeg[pos + 5] << 8) | jpeg[pos + 6];
                var width = (jpeg[pos + 7] << 8) | jpeg[pos + 8];
                var components = jpeg[pos + 9];
                return (width, height, components, dpi);
            }

            pos += 2 + length;
        }

        throw new InvalidDataException("expected a JPEG frame header (SOF marker), found none");
    }

    public static byte[] ToPdf(byte[] jpeg, int width, int height, int components, double dpi)
    {
        var colorSpace = components switch
        {
            1 => "/DeviceGray",
            3 => "/DeviceRGB",
            4 => "/DeviceCMYK",
            _ => throw new InvalidDataException($"expected a JPEG with 1, 3 or 4 components, found {components}"),
        };
        var w = (width * 72.0 / dpi).ToString("0.###", CultureInfo.InvariantCulture);
        var h = (height * 72.0 / dpi).ToString("0.###", CultureInfo.InvariantCulture);
        var content = $"q {w} 0 0 {h} 0 0 cm /Im0 Do Q";
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }

        Write("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>");
        offsets.Add(pdf.Position);
        Write($"4 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {colorSpace} /BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>\nstream\n");
        pdf.Write(jpeg);
        Write("\nendstream\nendobj\n");
        Object($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
