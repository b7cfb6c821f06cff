using DocumentFormat.OpenXml;

namespace Extraction.Word;

/// <summary>What a paragraph's runs contain, in order: text, a line break, a page break (explicit
/// or where Word last rendered a new page), or a text box whose content is read as blocks.</summary>
internal readonly record struct InlineToken(InlineKind Kind, string? Text = null, OpenXmlElement? TextBox = null)
{
    public static InlineToken LineBreak { get; } = new(InlineKind.LineBreak);

    public static InlineToken ExplicitPageBreak { get; } = new(InlineKind.ExplicitPageBreak);

    public static InlineToken RenderedPageBreak { get; } = new(InlineKind.RenderedPageBreak);
}
