using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Extraction.Word;

/// <summary>Paragraph and numbering styles: heading levels from the style name ("heading 1", "Heading 1",
/// "标题 1", "Title") or its outline level, the list (w:numPr) a style applies, and text a style hides
/// (w:vanish), following basedOn links a bounded number of steps.</summary>
internal sealed partial class WordStyles
{
    private const int MaxBasedOnSteps = 16;

    private readonly Dictionary<string, StyleEntry> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _levels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _hidden = new(StringComparer.Ordinal);

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

            var paragraph = style.StyleParagraphProperties;
            var numbering = paragraph?.NumberingProperties;
            var run = style.StyleRunProperties;
            styles._styles[id] = new StyleEntry(style.StyleName?.Val?.Value, paragraph?.OutlineLevel?.Val?.Value, style.BasedOn?.Val?.Value,
                numbering?.NumberingId?.Val?.Value, numbering?.NumberingLevelReference?.Val?.Value,
                run is null ? null : WordXml.OnOff(run, "vanish") ?? WordXml.OnOff(run, "specVanish"));
            if (style.Default?.Value == true && style.Type?.Value == StyleValues.Paragraph)
            {
                styles.DefaultParagraphStyle ??= id;
            }
        }

        return styles;
    }

    /// <summary>The paragraph style of paragraphs without w:pStyle (w:default="1"), or null.</summary>
    public string? DefaultParagraphStyle { get; private set; }

    /// <summary>Whether a style hides its text: the w:vanish nearest along the basedOn chain, off when none says.</summary>
    public bool Hidden(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }

        if (_hidden.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var hidden = false;
        foreach (var (_, style) in Chain(styleId))
        {
            if (style.Vanish is { } vanish)
            {
                hidden = vanish;
                break;
            }
        }

        _hidden[styleId] = hidden;
        return hidden;
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
        foreach (var (_, style) in Chain(styleId))
        {
            level = FromName(style.Name) ?? FromOutline(style.Outline);
            if (level is not null)
            {
                break;
            }
        }

        level ??= FromName(styleId);
        _levels[styleId] = level;
        return level;
    }

    /// <summary>The list a style applies: the nearest w:numId and w:ilvl along its basedOn chain, and the
    /// id of the style that set the w:numId (a list level may name it in w:pStyle).</summary>
    public (int? NumId, int? Ilvl, string? Source) Numbering(string? styleId)
    {
        int? numId = null;
        int? ilvl = null;
        string? source = null;
        foreach (var (id, style) in Chain(styleId))
        {
            if (numId is null && style.NumId is { } n)
            {
                (numId, source) = (n, id);
            }

            ilvl ??= style.Ilvl;
            if (numId is not null && ilvl is not null)
            {
                break;
            }
        }

        return (numId, ilvl, source);
    }

    /// <summary>Outline level 0..8 is heading 1..9 (capped at 6); 9 is body text.</summary>
    public static int? FromOutline(int? outline) => outline is >= 0 and < 9 ? Math.Min(outline.Value + 1, 6) : null;

    private IEnumerable<(string Id, StyleEntry Style)> Chain(string? styleId)
    {
        var id = styleId;
        for (var step = 0; step < MaxBasedOnSteps && id is not null && _styles.TryGetValue(id, out var style); step++)
        {
            yield return (id, style);
            id = style.BasedOn;
        }
    }

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
