using Extraction.Pipeline;

namespace Extraction.Rules.Text;

/// <summary>The budget and outturn amounts and the stated differences of each narrative passage, read once per document
/// and shared by the checks that judge them (comparison words, completion rates).</summary>
public sealed class BudgetView
{
    private readonly Dictionary<Passage, (IReadOnlyList<BudgetAmounts.Stated> Stated, IReadOnlyList<BudgetAmounts.Difference> Differences)> _passages =
        new(ReferenceEqualityComparer.Instance);

    private BudgetView(DocumentText text)
    {
        foreach (var passage in text.Narrative)
        {
            var quantities = text.Quantities(passage);
            _passages[passage] = (BudgetAmounts.Of(quantities), BudgetAmounts.Differences(quantities));
        }
    }

    public static BudgetView Of(AnalysisContext context) =>
        context.Views.Get(context.Document, () => new BudgetView(DocumentText.Of(context)));

    /// <summary>The passage's stated amounts and differences; a passage outside the narrative has none.</summary>
    public (IReadOnlyList<BudgetAmounts.Stated> Stated, IReadOnlyList<BudgetAmounts.Difference> Differences) For(Passage passage) =>
        _passages.TryGetValue(passage, out var found) ? found : ([], []);
}
