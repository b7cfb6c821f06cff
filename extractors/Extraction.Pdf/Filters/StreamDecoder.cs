using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Filters;

/// <summary>Runs a stream's /Filter chain with its /DecodeParms (inline-image abbreviations included).</summary>
internal static class StreamDecoder
{
    private const int MaxChainLength = 16;

    /// <summary>Image codecs: their data is handed over encoded (with parameters) for an image decoder or OCR.</summary>
    public static bool IsImageFilter(string name) => name is "DCTDecode" or "JPXDecode" or "JBIG2Decode" or "CCITTFaxDecode";

    public static IReadOnlyList<StreamFilter> GetFilters(PdfDictionary dictionary)
    {
        var filter = dictionary.Get("Filter") ?? dictionary.Get("F");
        var parms = dictionary.Get("DecodeParms") ?? dictionary.Get("DP");
        var result = new List<StreamFilter>();
        switch (filter)
        {
            case PdfName name:
                result.Add(new StreamFilter(Expand(name.Value), AsDictionary(parms is PdfArray a ? a[0] : parms)));
                break;
            case PdfArray array:
                for (var i = 0; i < array.Count && i < MaxChainLength; i++)
                {
                    if (array[i] is PdfName n)
                    {
                        var p = parms is PdfArray pa ? pa[i] : (array.Count == 1 ? parms : null);
                        result.Add(new StreamFilter(Expand(n.Value), AsDictionary(p)));
                    }
                }

                break;
        }

        return result;
    }

    public static DecodedStream Decode(PdfDictionary dictionary, ReadOnlyMemory<byte> encoded, DecodeOptions options)
    {
        var filters = GetFilters(dictionary);
        if (filters.Count == 0)
        {
            return new DecodedStream(encoded.ToArray(), []);
        }

        var data = encoded;
        byte[]? current = null;
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            var decoded = Apply(filter, data, options);
            if (decoded is null)
            {
                return new DecodedStream(current ?? data.ToArray(), filters.Skip(i).ToArray());
            }

            current = decoded;
            data = decoded;
        }

        return new DecodedStream(current ?? data.ToArray(), []);
    }

    /// <summary>One filter; null when it is not decoded here (image or unknown filter).</summary>
    private static byte[]? Apply(StreamFilter filter, ReadOnlyMemory<byte> data, DecodeOptions options)
    {
        switch (filter.Name)
        {
            case "FlateDecode":
                return Predictor.Apply(FlateFilter.Decode(data, options), filter.Parameters, options);
            case "LZWDecode":
                var early = filter.Parameters?.GetInt("EarlyChange") ?? 1;
                return Predictor.Apply(LzwFilter.Decode(data.Span, early == 0 ? 0 : 1, options), filter.Parameters, options);
            case "ASCIIHexDecode":
                return AsciiHexFilter.Decode(data.Span, options);
            case "ASCII85Decode":
                return Ascii85Filter.Decode(data.Span, options);
            case "RunLengthDecode":
                return RunLengthFilter.Decode(data.Span, options);
            case "Crypt":
                // Decryption (including /Identity crypt filters) already happened in the stream's context.
                return data.ToArray();
            default:
                if (!IsImageFilter(filter.Name))
                {
                    options.Report?.Invoke($"unknown stream filter /{filter.Name}: data left encoded");
                }

                return null;
        }
    }

    private static string Expand(string name) => name switch
    {
        "AHx" => "ASCIIHexDecode",
        "A85" => "ASCII85Decode",
        "LZW" => "LZWDecode",
        "Fl" => "FlateDecode",
        "RL" => "RunLengthDecode",
        "CCF" => "CCITTFaxDecode",
        "DCT" => "DCTDecode",
        _ => name,
    };

    private static PdfDictionary? AsDictionary(PdfObject? value) => value?.Resolve() as PdfDictionary;
}
