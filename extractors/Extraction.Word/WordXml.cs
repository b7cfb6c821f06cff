using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>Element and attribute access by namespace and local name, so the reader works the same
/// whether the SDK parsed an element into a typed class or left it unknown.</summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    public static bool Is(OpenXmlElement element, string localName, string ns = W) =>
        element.LocalName == localName && element.NamespaceUri == ns;

    public static OpenXmlElement? Child(OpenXmlElement element, string localName, string ns = W)
    {
        foreach (var child in element.ChildElements)
        {
            if (Is(child, localName, ns))
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The w:val (or other w: attribute) of an element, or null.</summary>
    public static string? Attr(OpenXmlElement? element, string localName = "val")
    {
        if (element is null)
        {
            return null;
        }

        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.LocalName == localName && (attribute.NamespaceUri == W || string.IsNullOrEmpty(attribute.NamespaceUri)))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>w:val of a child property (e.g. pPr/pStyle), or null.</summary>
    public static string? ChildVal(OpenXmlElement? element, string localName) =>
        element is null ? null : Attr(Child(element, localName));

    public static int IntVal(OpenXmlElement? element, string localName, int fallback)
    {
        var value = ChildVal(element, localName);
        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
    }

    /// <summary>An on/off property: present without val, or val true/1/on.</summary>
    public static bool IsOn(OpenXmlElement? properties, string localName) => OnOff(properties, localName) ?? false;

    /// <summary>An on/off property as written: null when absent, else on (no val, or true/1/on) or off.</summary>
    public static bool? OnOff(OpenXmlElement? properties, string localName)
    {
        var property = properties is null ? null : Child(properties, localName);
        if (property is null)
        {
            return null;
        }

        var value = Attr(property);
        return value is null or "1" or "true" or "on";
    }

    /// <summary>Whether a paragraph's mark is gone from the final view: deleted or moved away with tracked
    /// changes, or hidden. Word then shows the paragraph joined with the next one.</summary>
    public static bool MarkRemoved(OpenXmlElement? paragraphProperties)
    {
        var mark = paragraphProperties is null ? null : Child(paragraphProperties, "rPr");
        return mark is not null
            && (Child(mark, "del") is not null || Child(mark, "moveFrom") is not null || IsOn(mark, "vanish") || IsOn(mark, "specVanish"));
    }

    /// <summary>The branch of mc:AlternateContent to read: the first Choice, else the Fallback.
    /// Only one branch is read so that text boxes are not read twice.</summary>
    public static OpenXmlElement? Branch(OpenXmlElement alternateContent)
    {
        OpenXmlElement? fallback = null;
        foreach (var child in alternateContent.ChildElements)
        {
            if (Is(child, "Choice", Mc))
            {
                return child;
            }

            if (Is(child, "Fallback", Mc))
            {
                fallback = child;
            }
        }

        return fallback;
    }
}
