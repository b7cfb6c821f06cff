using AngleSharp.Dom;

namespace Extraction.Html;

/// <summary>Explicit page breaks in inline styles (Word's "Save as web page" writes
/// &lt;br style="page-break-before:always"&gt;; print CSS uses break-before/after:page).</summary>
internal static class PageBreak
{
    public static bool Before(IElement element) => Has(element, "page-break-before:always", "break-before:page");

    public static bool After(IElement element) => Has(element, "page-break-after:always", "break-after:page");

    private static bool Has(IElement element, string legacy, string modern)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains(legacy, StringComparison.Ordinal) || compact.Contains(modern, StringComparison.Ordinal);
    }
}
