using System.Text.RegularExpressions;
using Extraction.Results;

namespace Extraction.Analysis.ScoreTables;

/// <summary>A one-column indicator list whose names carry hierarchical codes ("A1项目立项", "A101立项依据充分性",
/// or "1", "1.1", "1.1.1"): rows whose code prefixes a later row's code are that row's parent levels, not indicators.</summary>
internal static partial class CodedHierarchy
{
    public static List<IndicatorDraft> Apply(List<IndicatorDraft> drafts)
    {
        if (drafts.Count < 3 || drafts.Any(d => d.Levels.Count != 1))
        {
            return drafts;
        }

        var codes = drafts.Select(d => Code().Match(d.Levels[0].Name) is { Success: true } m ? m.Value : null).ToArray();
        if (codes.Count(c => c is not null) * 2 < drafts.Count)
        {
            return drafts;
        }

        var isParent = new bool[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            for (var j = i + 1; j < drafts.Count && codes[i] is not null; j++)
            {
                if (codes[j] is { } child && IsPrefix(codes[i]!, child))
                {
                    isParent[i] = true;
                    break;
                }
            }
        }

        if (!isParent.Any(p => p))
        {
            return drafts;
        }

        var result = new List<IndicatorDraft>();
        var chain = new List<(string Code, IndicatorLevel Level)>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var code = codes[i];
            var level = new IndicatorLevel(drafts[i].Levels[0].Name, drafts[i].Weight?.Value);
            while (chain.Count > 0 && (code is null || !IsPrefix(chain[^1].Code, code)))
            {
                chain.RemoveAt(chain.Count - 1);
            }

            if (isParent[i])
            {
                chain.Add((code!, level));
                continue;
            }

            drafts[i].Levels.InsertRange(0, chain.Select(c => c.Level));
            result.Add(drafts[i]);
        }

        return result;
    }

    private static bool IsPrefix(string parent, string child) =>
        child.Length > parent.Length && child.StartsWith(parent, StringComparison.Ordinal)
        && (char.IsLetter(parent[0]) || child[parent.Length] == '.');

    [GeneratedRegex(@"^(?:[A-Za-z]\d*|\d+(?:\.\d+)*)(?=[\u4e00-\u9fff])")]
    private static partial Regex Code();
}
