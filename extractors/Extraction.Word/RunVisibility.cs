using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>Whether a run's text is hidden (w:vanish, w:specVanish). Direct formatting decides when it says
/// anything; otherwise vanish is a toggle property (ECMA-376 §17.7.3): the character style's value and the
/// paragraph style's value (each the nearest along its basedOn chain) cancel when both are on.</summary>
internal readonly record struct RunVisibility(WordStyles Styles, bool ParagraphStyleHidden)
{
    public static RunVisibility For(WordStyles styles, OpenXmlElement? paragraphProperties) =>
        new(styles, styles.Hidden(WordXml.ChildVal(paragraphProperties, "pStyle") ?? styles.DefaultParagraphStyle));

    public bool Hidden(OpenXmlElement? runProperties)
    {
        if (runProperties is not null && (WordXml.OnOff(runProperties, "vanish") ?? WordXml.OnOff(runProperties, "specVanish")) is { } direct)
        {
            return direct;
        }

        return Styles.Hidden(WordXml.ChildVal(runProperties, "rStyle")) ^ ParagraphStyleHidden;
    }
}
