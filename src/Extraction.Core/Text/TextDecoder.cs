using System.Text;

namespace Extraction.Text;

/// <summary>Decodes text files and web pages of unknown encoding: a BOM wins, then a declared
/// charset (when the bytes agree with it), then strict UTF-8, then GB18030 (the superset of
/// GB2312 and GBK that Chinese government pages and text files use when they are not UTF-8).</summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 (code page 54936), available once the code-pages provider is registered.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomEncoding.WebName, "bom");
        }

        var isUtf8 = IsValidUtf8(bytes, out var hasMultiByte);
        var declared = ResolveCharset(declaredCharset);
        if (declared is not null)
        {
            // Pages are often mislabelled: trust the label unless the bytes contradict it.
            if (declared.CodePage == Encoding.UTF8.CodePage)
            {
                if (isUtf8)
                {
                    return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", "declared");
                }

                return new DecodedText(Gb18030.GetString(bytes), "gb18030", $"declared {declaredCharset} but not valid UTF-8");
            }

            if (!(isUtf8 && hasMultiByte))
            {
                return new DecodedText(declared.GetString(bytes), declared.WebName, "declared");
            }

            return new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", $"declared {declaredCharset} but valid UTF-8");
        }

        return isUtf8
            ? new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8", "utf-8 valid")
            : new DecodedText(Gb18030.GetString(bytes), "gb18030", "gb18030 fallback");
    }

    /// <summary>Maps a charset label to an encoding; the GB family maps to GB18030 (its superset).</summary>
    public static Encoding? ResolveCharset(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "gb2312":
            case "gbk":
            case "x-gbk":
            case "gb18030":
            case "cp936":
            case "ms936":
            case "windows-936":
            case "euc-cn":
                return Gb18030;
            case "utf8":
                return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            (encoding, length) = (Encoding.UTF8, 3);
            return true;
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            (encoding, length) = (Encoding.UTF32, 4);
            return true;
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            (encoding, length) = (Encoding.Unicode, 2);
            return true;
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            (encoding, length) = (Encoding.BigEndianUnicode, 2);
            return true;
        }

        if (bytes.StartsWith(new byte[] { 0x84, 0x31, 0x95, 0x33 }))
        {
            (encoding, length) = (Gb18030, 4);
            return true;
        }

        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes, out bool hasMultiByte)
    {
        hasMultiByte = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        if (!hasMultiByte)
        {
            return true;
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
