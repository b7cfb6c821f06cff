namespace Extraction.Word;

/// <summary>The last line of a paragraph whose mark is deleted or hidden, and the page it starts on:
/// it continues in the next paragraph.</summary>
internal readonly record struct LineCarry(string Text, int Page);
