namespace Extraction.Model;

/// <summary>The shared document model every reader produces and every later stage reads.</summary>
public sealed record Document(
    string Format,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Problem> Problems)
{
    public IEnumerable<Block> Blocks => Pages.SelectMany(p => p.Blocks);

    public IEnumerable<Table> Tables => Blocks.OfType<Table>();

    public IEnumerable<Paragraph> Paragraphs => Blocks.OfType<Paragraph>();
}
