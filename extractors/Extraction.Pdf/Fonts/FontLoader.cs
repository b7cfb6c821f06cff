using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Messages;

namespace Extraction.Pdf.Fonts;

/// <summary>Builds <see cref="PdfFont"/>s from font dictionaries (ISO 32000 §9.6–9.10), cached per
/// dictionary for the document. Damage never throws: a font that cannot be read decodes every code as U+FFFD
/// and is reported once.</summary>
internal sealed class FontLoader
{
    private readonly Dictionary<PdfDictionary, PdfFont> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Action<Msg> _report;

    public FontLoader(Action<Msg> report) => _report = report;

    public PdfFont Load(PdfDictionary font)
    {
        if (_cache.TryGetValue(font, out var cached))
        {
            return cached;
        }

        PdfFont result;
        try
        {
            result = font.GetName("Subtype") == "Type0" ? LoadComposite(font) : LoadSimple(font);
        }
        catch (PdfParseException ex) when (ex is not PdfLimitException)
        {
            _report(Msg.Of("problem.pdf_font_unreadable", ("font", font.GetName("BaseFont")), ("detail_en", ex.Message)));
            result = new SimpleFont(new string?[256], Enumerable.Repeat(0.5, 256).ToArray());
        }

        _cache[font] = result;
        return result;
    }

    private CMap? ReadToUnicode(PdfDictionary font)
    {
        switch (font.Get("ToUnicode"))
        {
            case PdfStream stream:
                try
                {
                    return CMapParser.Parse(stream.GetDecodedData(), PredefinedCMaps.Get);
                }
                catch (PdfParseException ex) when (ex is not PdfLimitException)
                {
                    _report(Msg.Of("problem.pdf_font_tounicode", ("font", font.GetName("BaseFont")), ("detail_en", ex.Message)));
                    return null;
                }

            case PdfName name:
                return PredefinedCMaps.Get(name.Value);
            default:
                return null;
        }
    }

    private PdfFont LoadComposite(PdfDictionary font)
    {
        var encoding = font.Get("Encoding") switch
        {
            PdfName name => PredefinedCMaps.Get(name.Value) ?? Unknown(font, name.Value),
            PdfStream stream => CMapParser.Parse(stream.GetDecodedData(), PredefinedCMaps.Get),
            _ => CMap.Identity(0),
        };
        var encodingName = (font.Get("Encoding") as PdfName)?.Value ?? encoding.Name ?? string.Empty;
        var descendant = font.GetArray("DescendantFonts")?.GetDictionary(0) ?? PdfDictionary.Empty;
        var info = descendant.GetDictionary("CIDSystemInfo");
        var registry = info?.GetString("Registry")?.ToText() ?? string.Empty;
        var ordering = info?.GetString("Ordering")?.ToText() ?? string.Empty;
        var codesAreUnicode = encodingName.StartsWith("Uni", StringComparison.Ordinal)
            && (encodingName.Contains("UCS2", StringComparison.Ordinal) || encodingName.Contains("UTF16", StringComparison.Ordinal));
        var widths = new CidWidths(descendant.GetArray("W"), descendant.GetNumber("DW") ?? 1000);
        return new CompositeFont(encoding, ReadToUnicode(font), PredefinedCMaps.CidToUnicode(registry, ordering), codesAreUnicode, widths);
    }

    private CMap Unknown(PdfDictionary font, string name)
    {
        _report(Msg.Of("problem.pdf_font_cmap", ("font", font.GetName("BaseFont")), ("cmap", name)));
        return CMap.Identity(0);
    }

    private SimpleFont LoadSimple(PdfDictionary font)
    {
        var subtype = font.GetName("Subtype");
        var baseFont = font.GetName("BaseFont") ?? string.Empty;
        var descriptor = font.GetDictionary("FontDescriptor");
        var flags = descriptor?.GetInt("Flags") ?? 0;
        var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
        var standardWidths = StandardFontMetrics.ForFont(baseFont);

        // Base encoding: the named one, else Standard for non-symbolic Type1 / WinAnsi-like for TrueType.
        var encodingObject = font.Get("Encoding");
        var baseName = encodingObject switch
        {
            PdfName n => n.Value,
            PdfDictionary d => d.GetName("BaseEncoding"),
            _ => null,
        };
        var table = (string?[])(SimpleEncodings.ForName(baseName)
            ?? (symbolic && baseName is null && standardWidths is null ? new string?[256]
                : subtype == "TrueType" ? SimpleEncodings.WinAnsi : SimpleEncodings.Standard)).Clone();
        if (encodingObject is PdfDictionary encodingDictionary && encodingDictionary.GetArray("Differences") is { } differences)
        {
            ApplyDifferences(table, differences);
        }

        var toUnicode = ReadToUnicode(font);
        if (toUnicode is not null)
        {
            for (var code = 0; code < 256; code++)
            {
                if (toUnicode.ToUnicode((uint)code) is { } mapped && mapped != "\uFFFD" && mapped != "\0")
                {
                    table[code] = mapped;
                }
            }
        }

        // Type3 glyph space is the font matrix's, other simple fonts use 1/1000 em.
        var scale = 0.001;
        if (subtype == "Type3" && font.GetArray("FontMatrix")?.ToNumbers() is { Length: 6 } matrix && matrix[0] != 0)
        {
            scale = Math.Abs(matrix[0]);
        }

        var advances = new double[256];
        var firstChar = font.GetInt("FirstChar") ?? 0;
        var widths = font.GetArray("Widths");
        var missing = descriptor?.GetNumber("MissingWidth");
        for (var code = 0; code < 256; code++)
        {
            var index = code - firstChar;
            double? width = widths is not null && index >= 0 && index < widths.Count ? widths.GetNumber(index) : null;
            if (width is null or 0 && standardWidths is not null && widths is null)
            {
                width = standardWidths(table[code]);
            }

            advances[code] = (width ?? missing ?? (subtype == "Type3" ? 0 : 500)) * scale;
        }

        return new SimpleFont(table, advances);
    }

    private static void ApplyDifferences(string?[] table, PdfArray differences)
    {
        var code = 0;
        for (var i = 0; i < differences.Count; i++)
        {
            switch (differences[i])
            {
                case PdfNumber n:
                    code = n.Int32;
                    break;
                case PdfName name:
                    if (code is >= 0 and < 256)
                    {
                        table[code] = GlyphNames.ToUnicode(name.Value);
                    }

                    code++;
                    break;
            }
        }
    }
}
