using System.Text.RegularExpressions;
using Extraction.Messages;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>"设9个内设机构，分别为：办公室、财务股、…", "直属事业单位10个，即…" — a count the text states against the names it goes on to list.
/// Only lists of names (no figures, each short) separated by 、 are counted; a name with 和/及/与 in it may be one name
/// or two, so the count is a range; a list ending in 等 is only a floor. A count that no reading of the list gives is a
/// warning (a count, not an amount).</summary>
public sealed partial class ListCountCheck : ICheck
{
    private const int MaxName = 16;

    // The count before its noun ("设9个内设机构，分别为") or after it ("直属事业单位10个，即").
    [GeneratedRegex(@"(?:(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|家|所|支|座|处|类)(?<noun>[^，,。；;：:\d个]{1,12}?)|(?<noun>[^，,。；;：:、\d个]{2,12}?)(?<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:个|家|所|支|座|处|类))\s*[，,]?\s*(?:分别为|分别是|具体为|即)\s*[：:]?")]
    private static partial Regex Counted();

    public string Name => CheckNames.Sum;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var view = DocumentText.Of(context);
        foreach (var passage in view.Narrative)
        {
            var text = passage.Text;
            foreach (Match m in Counted().Matches(text))
            {
                if (Count(m.Groups["n"].Value) is not { } stated)
                {
                    continue;
                }

                var start = m.Index + m.Length;
                var end = text.IndexOfAny(['。', '；', ';', '\n'], start);
                end = end < 0 ? text.Length : end;
                var items = text[start..end].Split('、').Select(i => i.Trim()).ToList();
                if (items.Count < 2 || items.Any(i => i.Length == 0 || i.Length > MaxName || i.Any(char.IsDigit) || i.IndexOfAny(['，', ',', '：', ':']) >= 0))
                {
                    continue;
                }

                var floorOnly = items[^1].EndsWith('等');
                var joined = items.Count(i => i.Contains('和') || i.Contains('及') || i.Contains('与'));
                var (lo, hi) = (items.Count, floorOnly ? int.MaxValue : items.Count + joined);
                if (stated >= lo && stated <= hi)
                {
                    continue;
                }

                var evidence = passage.Evidence with { Quote = passage.QuoteAround(m.Index, end) };
                var noun = m.Groups["noun"].Value;
                yield return FindingFactory.Make(
                    Name,
                    Severity.Warning,
                    Msg.Of("finding.list_count", ("stated", stated.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("noun", noun),
                        ("computed", items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    [evidence],
                    stated,
                    items.Count,
                    relation: FindingFactory.Relation(string.Join("、", items), items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups["n"].Value));
            }
        }
    }

    /// <summary>An Arabic count or a Chinese numeral up to 九十九; null otherwise.</summary>
    internal static int? Count(string n)
    {
        if (int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        const string digits = "零一二三四五六七八九";
        int Digit(char c) => c == '两' ? 2 : digits.IndexOf(c);
        return n switch
        {
            [var c] when c != '十' => Digit(c) is var d and > 0 ? d : null,
            ['十'] => 10,
            ['十', var c] => Digit(c) is var d and > 0 ? 10 + d : null,
            [var t, '十'] => Digit(t) is var d and > 1 ? 10 * d : null,
            [var t, '十', var c] => Digit(t) is var d and > 1 && Digit(c) is var e and > 0 ? 10 * d + e : null,
            _ => null,
        };
    }
}
