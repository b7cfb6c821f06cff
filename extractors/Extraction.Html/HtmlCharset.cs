using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Html;

/// <summary>Finds the charset a page declares in its head (&lt;meta charset&gt; or the http-equiv
/// content-type), the way a browser's prescan does: ASCII-compatible bytes near the start.</summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
