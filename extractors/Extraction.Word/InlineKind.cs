namespace Extraction.Word;

internal enum InlineKind
{
    Text,
    LineBreak,
    ExplicitPageBreak,
    RenderedPageBreak,
    TextBox,
}
