using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace Extraction.Word.Numbering;

/// <summary>Renders the automatic list label of each numbered paragraph in document order, as Word shows it.
/// The paragraph's w:numPr (direct, else from its style along basedOn) selects a list and level; the level's
/// counter advances (from w:start or w:startOverride), deeper levels restart per w:lvlRestart, and w:lvlText
/// is filled with each level's counter in its w:numFmt (decimal for higher levels under w:isLgl). Bullets
/// and hidden labels give no text; the label is followed by a space unless w:suff is "nothing".</summary>
internal sealed class WordListLabels
{
    private readonly WordNumbering _numbering;
    private readonly WordStyles _styles;
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    public WordListLabels(WordNumbering numbering, WordStyles styles)
    {
        _numbering = numbering;
        _styles = styles;
    }

    /// <summary>The label (with its separator) of the paragraph whose w:pPr is <paramref name="properties"/>,
    /// or an empty string; counts the paragraph either way.</summary>
    public string Next(OpenXmlElement? properties)
    {
        var styleId = WordXml.ChildVal(properties, "pStyle");
        var direct = properties is null ? null : WordXml.Child(properties, "numPr");
        var styled = _styles.Numbering(styleId);
        var numId = Int(WordXml.ChildVal(direct, "numId")) ?? styled.NumId;
        if (numId is not { } id || id == 0 || _numbering.Resolve(id) is not { } list)
        {
            return string.Empty;
        }

        var ilvl = Int(WordXml.ChildVal(direct, "ilvl")) ?? styled.Ilvl ?? list.LevelOfStyle(styleId) ?? list.LevelOfStyle(styled.Source) ?? 0;
        ilvl = Math.Clamp(ilvl, 0, ListDefinition.MaxLevels - 1);
        var counters = Advance(list, ilvl);
        var level = list.Level(ilvl);
        if (level.Hidden || level.Format == "bullet")
        {
            return string.Empty;
        }

        var label = Fill(list, level, ilvl, counters);
        if (label.Trim().Length == 0)
        {
            return string.Empty;
        }

        return level.Suffix == "nothing" ? label : label + " ";
    }

    private int?[] Advance(ListDefinition list, int ilvl)
    {
        if (!_counters.TryGetValue(list.Key, out var counters))
        {
            counters = new int?[ListDefinition.MaxLevels];
            _counters[list.Key] = counters;
        }

        counters[ilvl] = counters[ilvl] is { } current ? current + 1 : list.Start(ilvl);
        for (var deeper = ilvl + 1; deeper < counters.Length; deeper++)
        {
            // Omitted: restart after any higher level; 0: never; n: after levels 1..n (Word also counts any higher one).
            var restart = list.Level(deeper).Restart;
            if (restart is null || (restart != 0 && ilvl < restart))
            {
                counters[deeper] = null;
            }
        }

        return counters;
    }

    private static string Fill(ListDefinition list, ListLevel level, int ilvl, int?[] counters)
    {
        var text = level.Text;
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? list.Start(referenced);
                var format = level.IsLegal && referenced < ilvl ? "decimal" : list.Level(referenced).Format;
                sb.Append(format == "bullet" ? string.Empty : ListNumberFormat.Format(value, format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
