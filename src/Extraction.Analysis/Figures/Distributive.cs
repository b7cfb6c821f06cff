using System.Text.RegularExpressions;

namespace Extraction.Analysis.Figures;

/// <summary>"一、二、三、四季度的预算执行率分别为36.10%、49.86%、74.22%、91.01%": the head before 分别为 shared out
/// over the numbers after it — item by item when the counts agree, with a common suffix carried over short
/// items ("一、二、三、四季度…" → 一季度…), or quarter by quarter for "四个季度的…".</summary>
internal static partial class Distributive
{
    private static readonly string[] Quarters = ["一季度", "二季度", "三季度", "四季度"];

    /// <summary>Labels for each of <paramref name="numbers"/> (null entries: not in the list), or null.</summary>
    public static string?[]? Labels(string norm, int start, int end, IReadOnlyList<NumberMatch> numbers)
    {
        var m = Marker().Match(norm[..end], start);
        if (!m.Success)
        {
            return null;
        }

        var listed = numbers.Select((n, i) => (n, i)).Where(x => x.n.Start >= m.Index + m.Length).ToArray();
        if (listed.Length < 2)
        {
            return null;
        }

        var previousEnd = numbers.Where(n => n.End <= m.Index).Select(n => n.End).DefaultIfEmpty(start).Max();
        var head = LabelRules.Clean(norm[previousEnd..m.Index]);
        if (LabelRules.IsEmpty(head))
        {
            return null;
        }

        var names = Share(head, listed.Length);
        var labels = new string?[numbers.Count];
        for (var k = 0; k < listed.Length; k++)
        {
            labels[listed[k].i] = names[k];
        }

        return labels;
    }

    private static string[] Share(string head, int count)
    {
        var quarters = FourQuarters().Match(head);
        if (quarters.Success && count == 4)
        {
            var rest = head[(quarters.Index + quarters.Length)..].TrimStart('的');
            return Quarters.Select(q => q + rest).ToArray();
        }

        var items = ItemSeparator().Split(head).Where(s => s.Length > 0).ToArray();
        if (items.Length != count)
        {
            return Enumerable.Repeat(head, count).ToArray();
        }

        var shortItems = items[..^1];
        if (shortItems.All(s => s.Length <= 3) && items[^1].Length > shortItems.Max(s => s.Length))
        {
            var prefix = shortItems.Max(s => s.Length);
            var suffix = items[^1][prefix..].Replace("的", string.Empty, StringComparison.Ordinal);
            return items.Select((s, i) => i == items.Length - 1 ? items[^1][..prefix] + suffix : s + suffix).ToArray();
        }

        return items;
    }

    [GeneratedRegex("分别为|分别是|分别达到|分别达|分别占|依次为|依次是|分别")]
    private static partial Regex Marker();

    [GeneratedRegex("[、和及与]")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex("(?:四|4)个季度")]
    private static partial Regex FourQuarters();
}
