using Extraction.Results;

namespace Extraction.Rules.Checks.Indicators;

/// <summary>Every score table's indicators by label, so a name or code printed elsewhere (a narrative section, another
/// table) finds the rows it is about.</summary>
internal sealed class IndicatorIndex
{
    private readonly List<Entry> _entries = [];

    public IndicatorIndex(IReadOnlyList<ScoreTable> tables)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            foreach (var indicator in tables[t].Indicators)
            {
                var label = IndicatorLabel.Of(indicator.Name);
                if (!label.IsEmpty)
                {
                    _entries.Add(new Entry(t, indicator, label));
                }
            }
        }
    }

    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>The rows a label names, in every table. Empty when the label is ambiguous: within one table it names
    /// rows of different names (two indicators, not one row read twice).</summary>
    public IReadOnlyList<Entry> Resolve(IndicatorLabel label)
    {
        if (label.IsEmpty)
        {
            return [];
        }

        var found = _entries.Where(e => e.Label.Matches(label)).ToArray();
        var ambiguous = found.GroupBy(e => e.Table).Any(g => g.Select(e => e.Label.Code ?? e.Label.Name).Distinct().Count() > 1);
        return ambiguous ? [] : found;
    }

    public sealed record Entry(int Table, Indicator Indicator, IndicatorLabel Label);
}
