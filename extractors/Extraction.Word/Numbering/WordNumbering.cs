using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Extraction.Word.Numbering;

/// <summary>The list definitions of word/numbering.xml: w:num instances resolved to their w:abstractNum
/// levels, following w:numStyleLink through the numbering style to the definition that carries the
/// w:styleLink (a bounded number of steps), with w:lvlOverride (a whole w:lvl or a w:startOverride) applied.</summary>
internal sealed class WordNumbering
{
    private const int MaxLinkSteps = 8;

    private readonly Dictionary<int, OpenXmlElement> _abstracts = [];
    private readonly Dictionary<int, OpenXmlElement> _instances = [];
    private readonly Dictionary<int, ListDefinition?> _resolved = [];
    private readonly WordStyles _styles;

    private WordNumbering(WordStyles styles) => _styles = styles;

    public static WordNumbering Empty { get; } = new(WordStyles.Empty);

    public static WordNumbering Load(MainDocumentPart main, WordStyles styles)
    {
        var numbering = new WordNumbering(styles);
        var root = main.NumberingDefinitionsPart?.Numbering;
        if (root is null)
        {
            return numbering;
        }

        foreach (var child in root.ChildElements)
        {
            if (WordXml.Is(child, "abstractNum") && Id(child, "abstractNumId") is { } abstractId)
            {
                numbering._abstracts.TryAdd(abstractId, child);
            }
            else if (WordXml.Is(child, "num") && Id(child, "numId") is { } numId)
            {
                numbering._instances.TryAdd(numId, child);
            }
        }

        return numbering;
    }

    /// <summary>The list of w:numId <paramref name="numId"/>, or null when there is none (0 removes numbering).</summary>
    public ListDefinition? Resolve(int numId)
    {
        if (_resolved.TryGetValue(numId, out var cached))
        {
            return cached;
        }

        var definition = Build(numId);
        _resolved[numId] = definition;
        return definition;
    }

    private ListDefinition? Build(int numId)
    {
        if (!_instances.TryGetValue(numId, out var instance) || AbstractOf(instance) is not { } abstractId)
        {
            return null;
        }

        var definition = LinkedAbstract(abstractId);
        if (definition is null)
        {
            return null;
        }

        var levels = new ListLevel[ListDefinition.MaxLevels];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = ListLevel.Default;
        }

        ReadLevels(definition.Value.Element, levels);
        var starts = new Dictionary<int, int>();
        foreach (var levelOverride in instance.ChildElements.Where(c => WordXml.Is(c, "lvlOverride")))
        {
            if (LevelIndex(levelOverride) is not { } ilvl)
            {
                continue;
            }

            if (WordXml.Child(levelOverride, "lvl") is { } replacement)
            {
                levels[ilvl] = ReadLevel(replacement);
            }

            if (WordXml.Child(levelOverride, "startOverride") is { } start && Int(WordXml.Attr(start)) is { } value)
            {
                starts[ilvl] = value;
            }
        }

        // A restarted instance ("restart numbering" in Word) counts on its own; others continue the abstract list.
        var key = starts.Count > 0 ? $"num:{numId}" : $"abstract:{definition.Value.Id}";
        return new ListDefinition(key, levels, starts);
    }

    /// <summary>The abstract definition holding the levels: a w:numStyleLink leads through the numbering style's
    /// w:numId to the definition that has the levels.</summary>
    private (int Id, OpenXmlElement Element)? LinkedAbstract(int abstractId)
    {
        var id = abstractId;
        for (var step = 0; step < MaxLinkSteps; step++)
        {
            if (!_abstracts.TryGetValue(id, out var element))
            {
                return null;
            }

            var link = WordXml.ChildVal(element, "numStyleLink");
            if (link is null)
            {
                return (id, element);
            }

            if (_styles.Numbering(link).NumId is not { } linkedNum || !_instances.TryGetValue(linkedNum, out var linked)
                || AbstractOf(linked) is not { } next || next == id)
            {
                // A broken link: use the levels this definition has, if any.
                return element.ChildElements.Any(c => WordXml.Is(c, "lvl")) ? (id, element) : null;
            }

            id = next;
        }

        return null;
    }

    private static void ReadLevels(OpenXmlElement abstractNum, ListLevel[] levels)
    {
        foreach (var lvl in abstractNum.ChildElements.Where(c => WordXml.Is(c, "lvl")))
        {
            if (LevelIndex(lvl) is { } ilvl)
            {
                levels[ilvl] = ReadLevel(lvl);
            }
        }
    }

    private static ListLevel ReadLevel(OpenXmlElement lvl)
    {
        var text = WordXml.Child(lvl, "lvlText") is { } lvlText ? WordXml.Attr(lvlText) ?? string.Empty : string.Empty;
        var restart = WordXml.Child(lvl, "lvlRestart") is { } r ? Int(WordXml.Attr(r)) : null;
        var hidden = WordXml.Child(lvl, "rPr") is { } runProperties && WordXml.IsOn(runProperties, "vanish");
        return new ListLevel(
            Int(WordXml.ChildVal(lvl, "start")) ?? 0,
            WordXml.ChildVal(lvl, "numFmt") ?? "decimal",
            text,
            restart,
            WordXml.IsOn(lvl, "isLgl"),
            WordXml.ChildVal(lvl, "suff") ?? "tab",
            hidden,
            WordXml.ChildVal(lvl, "pStyle"));
    }

    private static int? AbstractOf(OpenXmlElement instance) => Int(WordXml.ChildVal(instance, "abstractNumId"));

    private static int? LevelIndex(OpenXmlElement element) =>
        Int(WordXml.Attr(element, "ilvl")) is { } ilvl && ilvl >= 0 && ilvl < ListDefinition.MaxLevels ? ilvl : null;

    private static int? Id(OpenXmlElement element, string attribute) => Int(WordXml.Attr(element, attribute));

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
