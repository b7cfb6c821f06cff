using AngleSharp.Dom;

namespace Extraction.Html;

/// <summary>Decides which elements are page furniture (scripts, menus, navigation, banners,
/// footers, share bars) rather than article content.</summary>
internal static class HtmlChrome
{
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "object", "embed",
        "svg", "canvas", "button", "input", "select", "textarea", "option", "nav", "aside", "map", "audio", "video",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary",
    };

    /// <summary>Class or id words that name furniture on CMS templates (whole words only).</summary>
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "footer", "sidebar", "share", "copyright", "toolbar", "topbar", "login", "searchbar", "position",
        "banner", "header",
    };

    private static readonly char[] WordSeparators = [' ', '-', '_', '\t', '\n'];

    /// <summary>Whether the element and everything under it is left out.</summary>
    public static bool IsSkipped(IElement element)
    {
        var tag = element.LocalName;
        if (SkippedTags.Contains(tag))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && IsHiddenStyle(style))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && ChromeRoles.Contains(role.Trim()))
        {
            return true;
        }

        if (tag is "header" or "footer")
        {
            // A header or footer inside an article belongs to the article.
            return !HasArticleAncestor(element);
        }

        if (tag is "table" or "tr" or "td" or "th" or "tbody" or "thead" or "tfoot" or "body" or "html")
        {
            return false;
        }

        return (HasChromeWord(element.GetAttribute("class")) || HasChromeWord(element.GetAttribute("id")))
            && element.QuerySelector("h1") is null;
    }

    private static bool IsHiddenStyle(string style)
    {
        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool HasArticleAncestor(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasChromeWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var word in value.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ChromeWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
