namespace Extraction.Pdf.Structure;

/// <summary>Where an object lives: for <see cref="XrefEntryType.InFile"/> the byte offset and generation;
/// for <see cref="XrefEntryType.Compressed"/> the object stream's number and the index inside it.</summary>
internal readonly record struct XrefEntry(XrefEntryType Type, long Offset, int Generation, int StreamNumber = 0, int StreamIndex = 0)
{
    public static XrefEntry Free { get; } = new(XrefEntryType.Free, 0, 0);
}
