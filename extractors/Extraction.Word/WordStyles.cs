using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extraction.Word;

/// <summary>Heading levels of paragraph styles: from the style name ("heading 1", "Heading 1",
/// "标题 1", "Title") or its outline level, following basedOn links a bounded number of steps.</summary>
internal sealed partial class WordStyles
{
    private const int MaxBasedOnSteps = 16;

    private readonly Dictionary<string, (string? Name, int? Outline, string? BasedOn)> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _levels = new(StringComparer.Ordinal);

    public static WordStyles Empty { get; } = new();

    public static WordStyles Load(MainDocumentPart main)
    {
        var styles = new WordStyles();
        var root = main.StyleDefinitionsPart?.Styles;
        if (root is null)
        {
            return styles;
        }

        foreach (var style in root.Elements<Style>())
        {
            var id = style.StyleId?.Value;
            if (id is null)
            {
                continue;
            }

            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            styles._styles[id] = (style.StyleName?.Val?.Value, outline, style.BasedOn?.Val?.Value);
        }

        return styles;
    }

    /// <summary>1..6 for heading styles, null for body styles.</summary>
    public int? HeadingLevel(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_levels.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        int? level = null;
        var id = styleId;
        for (var step = 0; step < MaxBasedOnSteps && id is not null && _styles.TryGetValue(id, out var style); step++)
        {
            level = FromName(style.Name) ?? FromOutline(style.Outline);
            if (level is not null)
            {
                break;
            }

            id = style.BasedOn;
        }

        level ??= FromName(styleId);
        _levels[styleId] = level;
        return level;
    }

    /// <summary>Outline level 0..8 is heading 1..9 (capped at 6); 9 is body text.</summary>
    public static int? FromOutline(int? outline) => outline is >= 0 and < 9 ? Math.Min(outline.Value + 1, 6) : null;

    private static int? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name == "标题")
        {
            return 1;
        }

        var match = HeadingName().Match(name);
        return match.Success ? Math.Min(match.Groups[1].Value[0] - '0', 6) : null;
    }

    [GeneratedRegex(@"^\s*(?:heading|标题)\s*([1-9])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
