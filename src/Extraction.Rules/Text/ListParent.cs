namespace Extraction.Rules.Text;

/// <summary>The amount a list hangs on: "本年收入合计T万元，其中：A…", "支出T万元，主要用于以下方面：A…",
/// "基本支出T万元。其中：A…". The list marker must precede the part with no sentence end in between, and the
/// parent must sit right before the marker (only punctuation or a few words, no other number).</summary>
public static class ListParent
{
    private static readonly string[] Markers = ["其中", "主要用于", "主要包括", "具体包括", "包括", "分别为", "具体为"];

    private const int MaxGap = 12;

    public static Quantity? Of(string text, IReadOnlyList<Quantity> quantities, Quantity part)
    {
        var marker = -1;
        foreach (var m in Markers)
        {
            var i = text.LastIndexOf(m, part.Start, StringComparison.Ordinal);
            if (i > marker)
            {
                marker = i;
            }
        }

        if (marker < 0 || text.AsSpan(marker, part.Start - marker).IndexOfAny('。', '\n') >= 0)
        {
            return null;
        }

        var parent = quantities.LastOrDefault(q => q.End <= marker);
        if (parent is null || parent.Kind != part.Kind || marker - parent.End > MaxGap)
        {
            return null;
        }

        var between = text[parent.End..marker];
        return between.Any(char.IsDigit) ? null : parent;
    }
}
