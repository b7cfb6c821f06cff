using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Rules.Rulebooks;
using Extraction.Text;

namespace Extraction.Rules.Criteria;

/// <summary>Reads the common shapes from 评分标准 prose: threshold bands ("≥95%的，得6分；90%≤满意度＜95%的，得4分"),
/// linear ("得分=政府采购执行率×1分"), deduction ("扣1分，扣完为止") and slopes ("超出一个百分点扣0.1分").</summary>
public static partial class CriteriaParser
{
    [GeneratedRegex(@"(?:得满分|得|计|加)\s*(?<p>\d+(?:\.\d+)?)\s*分|(?<zero>不得分|不计分)")]
    private static partial Regex PointsPhrase();

    [GeneratedRegex(@"(?<a>-?\d+(?:\.\d+)?)\s*%?\s*(?<op1>[<>≤≥])\s*(?<var>[^\d<>≤≥=，,；;。]{0,24}?)\s*(?<op2>[<>≤≥])\s*(?<b>-?\d+(?:\.\d+)?)\s*%?")]
    private static partial Regex DoubleComparison();

    [GeneratedRegex(@"(?<var>[^\d<>≤≥=，,；;。（(）)]{0,24}?)\s*(?<op>[<>≤≥=])\s*(?<a>-?\d+(?:\.\d+)?)\s*%?")]
    private static partial Regex SingleComparison();

    [GeneratedRegex(@"(?<w>高于|低于|大于|小于|不低于|不高于|超过|未达到|达到)\s*(?<a>-?\d+(?:\.\d+)?)\s*%?\s*(?<incl>[（(]含[）)])?")]
    private static partial Regex WordComparison();

    /// <summary>"80%以下得4分", "95%及以上": the bound before the word.</summary>
    [GeneratedRegex(@"(?<a>-?\d+(?:\.\d+)?)\s*%\s*(?<incl>[（(]含[）)])?\s*(?<w>及以上|以上|及以下|以下)")]
    private static partial Regex PostfixComparison();

    [GeneratedRegex(@"(?<a>-?\d+(?:\.\d+)?)\s*%?\s*(?<ia>[（(]含[）)])?\s*[—\-－~～至到]\s*(?<b>-?\d+(?:\.\d+)?)\s*%?\s*(?<ib>[（(]含[）)])?")]
    private static partial Regex RangeDash();

    // An item's points open its brackets, alone or before a remark on them ("（2分，其中A1分，B1分）"): the remark's
    // own points split the item and are not items.
    [GeneratedRegex(@"[（(]\s*(?<p>\d+(?:\.\d+)?)\s*分\s*(?:[）)]|[，,；;](?=[^（()）]*[）)]))|满分\s*(?<p>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex ItemPoints();

    [GeneratedRegex(@"[×*]\s*(?<p>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex LinearPoints();

    [GeneratedRegex(@"得分\s*=\s*(?<var>[^=×*，。；\s]{2,24}?)\s*[×*]\s*(?<p>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex LinearRule();

    [GeneratedRegex(@"得分\s*=\s*本指标满分分值\s*[×*]\s*(?<var>[^，。；\s]{2,24})")]
    private static partial Regex LinearWeightRule();

    [GeneratedRegex(@"扣\s*(?<per>\d+(?:\.\d+)?)\s*分[^。；]{0,6}?(?:扣完为止|直至扣完|扣至0分|扣到0分)")]
    private static partial Regex Deduction();

    [GeneratedRegex(@"(?<th>\d+(?:\.\d+)?)\s*%\s*以内[^。]{0,40}?超出一个百分点扣\s*(?<per>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex SlopePoint();

    [GeneratedRegex(@"每增加\s*(?<step>\d+(?:\.\d+)?)\s*%\s*(?:[（(]含[）)])?\s*扣减?\s*(?<per>\d+(?:\.\d+)?)\s*分")]
    private static partial Regex SlopeStep();

    [GeneratedRegex(@"=\s*[^\d\s\-−]")]
    private static partial Regex Definition();

    public static ParsedCriteria Parse(string? criteria, decimal? weight, string indicatorName)
    {
        if (string.IsNullOrWhiteSpace(criteria))
        {
            return new ParsedCriteria([], [], [], null);
        }

        var text = Normalise(criteria);
        var groups = BandGroups(text);
        var items = ItemPoints().Matches(text).Select(m => Dec(m.Groups["p"].Value)).ToArray();
        var linear = LinearPoints().Matches(text).Select(m => Dec(m.Groups["p"].Value)).ToArray();
        var rule = Derive(text, groups, linear, weight, indicatorName);
        return new ParsedCriteria(groups, items, linear, rule);
    }

    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = TextNormalizer.ToHalfWidth(ch);
            sb.Append(c switch
            {
                '≧' => '≥',
                '≦' => '≤',
                '⏎' => '\n',
                _ => c,
            });
        }

        // "大于- 10%" (a PDF text layer splits the sign from its digits) is -10.
        var joined = Regex.Replace(sb.ToString(), @"(?<![\d)）%])([-−])\s+(?=\d)", "-");
        return joined.Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal);
    }

    private static RuleSpec? Derive(string text, IReadOnlyList<BandGroup> groups, decimal[] linear, decimal? weight, string name)
    {
        if (weight is not { } w)
        {
            return null;
        }

        if (LinearWeightRule().Match(text) is { Success: true } lw)
        {
            return Linear(lw.Groups["var"].Value, null, text, name);
        }

        if (LinearRule().Match(text) is { Success: true } lr)
        {
            var points = Dec(lr.Groups["p"].Value);
            var rule = Linear(lr.Groups["var"].Value, points, text, name);
            return points >= w ? rule : Sum(name, rule, new RuleSpec { Shape = "qualitative", Points = w - points });
        }

        var usable = groups.Where(g => g.Bands.Count >= 2).ToArray();
        if (usable.Length == 1 && usable[0].Bands.Max(b => b.Band.Points) == w)
        {
            return Bands(usable[0], name);
        }

        if (usable.Length > 1 && usable.Sum(g => g.Bands.Max(b => b.Band.Points)) == w)
        {
            var sum = new RuleSpec { Indicator = name, Shape = "sum" };
            sum.Parts.AddRange(usable.Select(g => Bands(g, name)));
            return sum;
        }

        if (SlopePoint().Match(text) is { Success: true } sp && linear.Length == 0 && groups.Count == 0)
        {
            return new RuleSpec { Indicator = name, Shape = "slope", Threshold = Dec(sp.Groups["th"].Value), Per = Dec(sp.Groups["per"].Value), Step = 1m, Inputs = { ["value"] = [name] } };
        }

        if (Deduction().Match(text) is { Success: true } d && groups.Count == 0 && linear.Length == 0)
        {
            return new RuleSpec { Indicator = name, Shape = "deduction", Per = Dec(d.Groups["per"].Value), Inputs = { ["count"] = [] } };
        }

        return new RuleSpec { Indicator = name, Shape = "qualitative" };
    }

    private static RuleSpec Linear(string variable, decimal? points, string text, string name)
    {
        var rule = new RuleSpec { Indicator = name, Shape = "linear", Points = points, Inputs = { ["value"] = Labels(variable, name) } };
        if (text.Contains("大于", StringComparison.Ordinal) && (text.Contains("得0分", StringComparison.Ordinal) || text.Contains("不得分", StringComparison.Ordinal)))
        {
            rule.Veto = 100m;
        }

        return rule;
    }

    private static RuleSpec Bands(BandGroup group, string name)
    {
        var rule = new RuleSpec { Indicator = name, Shape = "bands", Inputs = { ["value"] = Labels(group.Variable, name) } };
        rule.Bands.AddRange(group.Bands.Select(b => b.Band));
        return rule;
    }

    private static RuleSpec Sum(string name, params RuleSpec[] parts)
    {
        var sum = new RuleSpec { Indicator = name, Shape = "sum" };
        sum.Parts.AddRange(parts);
        return sum;
    }

    private static List<string> Labels(string? variable, string name)
    {
        var labels = new List<string>();
        var v = variable is null ? string.Empty : TextNormalizer.Key(variable).Trim('“', '”', '"', '的', '(', ')');
        if (v.Length >= 2 && v != "结果" && v != "比率")
        {
            labels.Add(v);
        }

        labels.Add(TextNormalizer.Key(name));
        return labels;
    }

    /// <summary>Bands grouped by variable: a definition ("X率=…") starts a new group.</summary>
    internal static IReadOnlyList<BandGroup> BandGroups(string text)
    {
        var groups = new List<BandGroup>();
        var current = new List<(BandSpec, string)>();
        string? variable = null;
        foreach (var clause in Clauses(text))
        {
            if (Definition().IsMatch(clause) && !clause.Contains('每', StringComparison.Ordinal))
            {
                Flush();
                var eq = clause.IndexOf('=', StringComparison.Ordinal);
                variable = TextNormalizer.Key(clause[..eq]).TrimStart('1', '2', '3', '4', '5', '.', '、');
            }

            foreach (var (band, sub) in BandsOf(clause))
            {
                current.Add((band, sub));
                variable ??= VariableOf(sub);
            }
        }

        Flush();
        return groups;

        void Flush()
        {
            if (current.Count > 0)
            {
                groups.Add(new BandGroup(variable, current.ToArray()));
            }

            current = [];
            variable = null;
        }
    }

    /// <summary>Clauses with their list markers removed: "2.5%≤比率" after item 1 is item 2 "5%≤比率".</summary>
    private static IEnumerable<string> Clauses(string text)
    {
        var item = 0;
        foreach (var raw in Regex.Split(text, @"[；;。\n]|(?=[（(]\d[）)])|(?<=^|\s)(?=\d[.、])"))
        {
            var clause = raw.Trim();
            var paren = Regex.Match(clause, @"^[（(]\d+[）)]\s*");
            if (paren.Success)
            {
                clause = clause[paren.Length..];
            }

            var marker = Regex.Match(clause, @"^(?<n>\d+)\s*[.、．]\s*");
            if (marker.Success && int.TryParse(marker.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) && (n == item + 1 || n == 1 || n == item))
            {
                item = n;
                clause = clause[marker.Length..];
            }

            if (clause.Length > 0)
            {
                yield return clause;
            }
        }
    }

    /// <summary>A clause may hold several "condition, 得N分" pairs ("80%>结果≥70%得1分，结果<70%，得0分").</summary>
    private static IEnumerable<(BandSpec, string)> BandsOf(string clause)
    {
        if (clause.Contains('每', StringComparison.Ordinal))
        {
            yield break;
        }

        var from = 0;
        foreach (Match p in PointsPhrase().Matches(clause))
        {
            var sub = clause[from..p.Index];
            from = p.Index + p.Length;
            var points = p.Groups["zero"].Success ? 0m : Dec(p.Groups["p"].Value);
            if (Condition(sub) is { } band)
            {
                band.Points = points;
                yield return (band, sub);
            }
        }
    }

    private static BandSpec? Condition(string sub)
    {
        var band = new BandSpec { MinInclusive = true, MaxInclusive = true };
        var any = false;
        var rest = sub;
        foreach (Match m in DoubleComparison().Matches(sub))
        {
            var (a, b) = (Dec(m.Groups["a"].Value), Dec(m.Groups["b"].Value));
            var (op1, op2) = (m.Groups["op1"].Value, m.Groups["op2"].Value);
            if (op1 is "<" or "≤" && op2 is "<" or "≤")
            {
                Lower(band, a, op1 == "≤");
                Upper(band, b, op2 == "≤");
            }
            else if (op1 is ">" or "≥" && op2 is ">" or "≥")
            {
                Upper(band, a, op1 == "≥");
                Lower(band, b, op2 == "≥");
            }
            else
            {
                continue;
            }

            any = true;
            rest = rest.Replace(m.Value, " ", StringComparison.Ordinal);
        }

        foreach (Match m in RangeDash().Matches(rest))
        {
            if (!m.Groups["ia"].Success && !m.Value.Contains('%', StringComparison.Ordinal))
            {
                continue;
            }

            // (含) marks which end is in the band; an unmarked end of a marked range is out ("0-10%(含)" is above 0 up to 10,
            // "80%(含)-90%" from 80 below 90), and a range marked at neither end keeps its lower end.
            Lower(band, Dec(m.Groups["a"].Value), m.Groups["ia"].Success || !m.Groups["ib"].Success);
            Upper(band, Dec(m.Groups["b"].Value), m.Groups["ib"].Success);
            any = true;
            rest = rest.Replace(m.Value, " ", StringComparison.Ordinal);
        }

        foreach (Match m in SingleComparison().Matches(rest))
        {
            var a = Dec(m.Groups["a"].Value);
            switch (m.Groups["op"].Value)
            {
                case ">": Lower(band, a, false); break;
                case "≥": Lower(band, a, true); break;
                case "<": Upper(band, a, false); break;
                case "≤": Upper(band, a, true); break;
                case "=":
                    if (m.Groups["var"].Value.Trim().Length == 0 && !m.Value.Contains('%', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Lower(band, a, true);
                    Upper(band, a, true);
                    break;
            }

            any = true;
            rest = rest.Replace(m.Value, " ", StringComparison.Ordinal);
        }

        foreach (Match m in WordComparison().Matches(rest))
        {
            var a = Dec(m.Groups["a"].Value);
            var incl = m.Groups["incl"].Success;
            switch (m.Groups["w"].Value)
            {
                case "高于" or "大于" or "超过": Lower(band, a, incl); break;
                case "不低于" or "达到": Lower(band, a, true); break;
                case "低于" or "小于" or "未达到": Upper(band, a, incl); break;
                case "不高于": Upper(band, a, true); break;
            }

            any = true;
        }

        // 以上 includes its bound; 以下 after a band that took the bound ("80%（含）-90%…；80%以下") excludes it unless marked 含.
        foreach (Match m in PostfixComparison().Matches(rest))
        {
            var a = Dec(m.Groups["a"].Value);
            switch (m.Groups["w"].Value)
            {
                case "及以上" or "以上": Lower(band, a, true); break;
                case "及以下": Upper(band, a, true); break;
                case "以下": Upper(band, a, m.Groups["incl"].Success); break;
            }

            any = true;
        }

        return any ? band : null;
    }

    private static void Lower(BandSpec band, decimal value, bool inclusive)
    {
        if (band.Min is null || value > band.Min)
        {
            band.Min = value;
            band.MinInclusive = inclusive;
        }
    }

    private static void Upper(BandSpec band, decimal value, bool inclusive)
    {
        if (band.Max is null || value < band.Max)
        {
            band.Max = value;
            band.MaxInclusive = inclusive;
        }
    }

    private static string? VariableOf(string clause)
    {
        var m = DoubleComparison().Match(clause);
        var v = m.Success ? m.Groups["var"].Value : SingleComparison().Match(clause) is { Success: true } s ? s.Groups["var"].Value : null;
        v = v is null ? null : TextNormalizer.Key(v).TrimStart('1', '2', '3', '4', '5', '.', '、', '(', ')');
        return string.IsNullOrEmpty(v) ? null : v;
    }

    private static decimal Dec(string s) => decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
