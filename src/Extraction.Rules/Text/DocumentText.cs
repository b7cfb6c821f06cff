using Extraction.Pipeline;

namespace Extraction.Rules.Text;

/// <summary>The document's text as the relation checks and the rule engine read it, built once per document: its
/// passages (paragraphs joined across page breaks, then table cells, <see cref="Text.Passages.Of"/>) and the
/// quantities of each (<see cref="NumberScanner"/>). Every check reads this view; none scans the text again.</summary>
public sealed class DocumentText
{
    private readonly Dictionary<Passage, IReadOnlyList<Quantity>> _quantities = new(ReferenceEqualityComparer.Instance);

    private DocumentText(Model.Document document)
    {
        Passages = Text.Passages.Of(document);
        Narrative = Passages.Where(p => !p.InTable).ToArray();
        foreach (var passage in Passages)
        {
            _quantities[passage] = NumberScanner.Scan(passage);
        }
    }

    /// <summary>Every passage in reading order: paragraphs and table cells.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The passages outside tables.</summary>
    public IReadOnlyList<Passage> Narrative { get; }

    public static DocumentText Of(AnalysisContext context) => context.Views.Get(context.Document, () => new DocumentText(context.Document));

    /// <summary>The quantities of a passage of this view; a passage from elsewhere (a verifier's note) is scanned.</summary>
    public IReadOnlyList<Quantity> Quantities(Passage passage) =>
        _quantities.TryGetValue(passage, out var found) ? found : NumberScanner.Scan(passage);
}
