using System.Text.RegularExpressions;
using Extraction.Text;

namespace Extraction.Analysis.Facts;

/// <summary>Splits a label (the words before a number, or a cell's row and column headers) into the measure and its
/// qualifiers: year or period, scope, and what is left as the measure with its matching core.</summary>
internal static partial class FactKeys
{
    /// <summary>The core of a measure made of generic words only: the overall amount of its scope.</summary>
    public const string Overall = "总额";

    public sealed record Key(string Measure, string Core, string? Period, string? Scope);

    /// <summary>The qualifiers stated in <paramref name="context"/> (the sentence up to the number) and the measure
    /// left of <paramref name="label"/> once they are taken out.</summary>
    public static Key Read(string label, string context)
    {
        var period = PeriodOf(context);
        // A rate's name is its measure whole ("预算执行率" is not 预算's 执行率).
        var scope = IsRate(label) ? null : ScopeOf(label) ?? ScopeOf(context);
        var measure = Measure(label);
        if (measure.Length == 0 && NamedTotal().Match(TextNormalizer.RemoveWhitespace(label)) is { Success: true } total)
        {
            // "本年支出合计": scope words make the whole name, and a total's name is what it totals.
            measure = Enumerator().Replace(total.Groups["name"].Value, string.Empty);
        }

        var core = measure.Length == 0 && label.Any(char.IsLetter) && scope is not null and not "变动" ? Overall : CoreOf(measure);
        return new Key(measure, core, period, scope);
    }

    /// <summary>The last year or period named in the text ("2021年", "上年", "一季度"); comparison phrases
    /// ("比上年", "与上年相比") do not name a period.</summary>
    public static string? PeriodOf(string text)
    {
        text = Comparison().Replace(text, string.Empty);
        string? period = null;
        var best = -1;
        foreach (Match m in YearRange().Matches(text))
        {
            (best, period) = (m.Index + m.Length, m.Groups[1].Value + "-" + m.Groups[2].Value);
        }

        foreach (Match m in Year().Matches(text))
        {
            if (m.Index >= best)
            {
                (best, period) = (m.Index, m.Groups[1].Value);
            }
        }

        foreach (var word in FactVocabulary.EarlierYear)
        {
            var i = text.LastIndexOf(word, StringComparison.Ordinal);
            if (i > best)
            {
                (best, period) = (i, "上年");
            }
        }

        foreach (var q in FactVocabulary.Quarters)
        {
            var i = text.LastIndexOf(q, StringComparison.Ordinal);
            if (i >= 0)
            {
                return (period is null ? string.Empty : period + " ") + q.TrimStart('第');
            }
        }

        return period;
    }

    /// <summary>The scope word nearest the end of the text.</summary>
    public static string? ScopeOf(string text)
    {
        // A fund's name is no scope: 一般公共预算财政拨款支出决算 is the 决算 of a fund of the general public budget.
        text = FundName().Replace(text, "${fund}");
        string? scope = null;
        var best = -1;
        foreach (var (word, canonical) in FactVocabulary.Scopes)
        {
            var i = text.LastIndexOf(word, StringComparison.Ordinal);
            // 完成 inside 完成率/完成值 names the rate, not a scope.
            if (i > best && !(word == "完成" && i + 2 < text.Length && text[i + 2] is '率'))
            {
                (best, scope) = (i + word.Length, canonical);
            }
        }

        return scope;
    }

    /// <summary>The label without enumerators, brackets, years, periods and scope words.</summary>
    public static string Measure(string label)
    {
        var m = TextNormalizer.RemoveWhitespace(label);
        m = Enumerator().Replace(m, string.Empty);
        m = Bracket().Replace(m, string.Empty);
        m = YearRange().Replace(m, string.Empty);
        m = Year().Replace(m, string.Empty);
        foreach (var word in FactVocabulary.EarlierYear.Concat(FactVocabulary.Quarters))
        {
            m = m.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        // "目标值", "实际完成值", "年度指标值": a column's word for "the value", not part of what is counted.
        m = ValueWord().Replace(m, string.Empty);
        m = TrimConnectors(m);
        foreach (var word in FactVocabulary.ThisYear)
        {
            // Not in a scope word (全年预算 stays for the scope pass) and never the whole label.
            var i = m.IndexOf(word, StringComparison.Ordinal);
            if (i > 0 && m.Length > word.Length && !m.AsSpan(i + word.Length).StartsWith("预算", StringComparison.Ordinal))
            {
                m = m.Remove(i, word.Length);
            }
        }

        if (!IsRate(m))
        {
            foreach (var (word, _) in FactVocabulary.Scopes)
            {
                m = m.Replace(word, string.Empty, StringComparison.Ordinal);
            }
        }

        for (var guard = 0; guard < 6; guard++)
        {
            var before = m;
            foreach (var verb in FactVocabulary.Verbs)
            {
                // A verb stays when the rest is only a generic noun or a bare head noun: "培训人次" counts 培训, not
                // 人次; "投入指标" is the 投入 section, not 指标.
                if (m.StartsWith(verb, StringComparison.Ordinal) && m.Length > verb.Length && !GenericOnly(m[verb.Length..]) && !BareHead(m[verb.Length..]))
                {
                    m = m[verb.Length..];
                }
            }

            m = TrimConnectors(m.Trim('，', ',', '：', ':', '、', '；', ';', '(', ')', '“', '”', '"'));
            if (m == before)
            {
                break;
            }
        }

        // "全年数", "本年度支出": this year's words before generic ones name the overall amount, as generic words alone do.
        var thisYear = FactVocabulary.ThisYear.FirstOrDefault(w => m.StartsWith(w, StringComparison.Ordinal));
        // "评价得分", "综合得分": an evaluation word alone names whose score it is no more than 得分 does (the sentence's
        // subject does: "X类指标分值21分，评价得分21.00分" is X's score).
        return FactVocabulary.Generic.Contains(m) || m is "全年" or "本年" or "年度" or "评价" or "评分" or "综合" or "最终"
            || (thisYear is not null && GenericOnly(m[thisYear.Length..]))
            ? string.Empty : m;
    }

    /// <summary>An organisation named at the start of a measure ("云岭州教育局" of "云岭州教育局自评得分"): the entity the
    /// quantity is of, not what is measured; null when none.</summary>
    public static (string Name, string Remainder)? Entity(string measure)
    {
        var m = Organisation().Match(measure);
        return m.Success ? (m.Value, measure[m.Length..]) : null;
    }

    /// <summary>Nothing but generic words ("费支出", "人次"): what is left when a verb was the measure ("培训费支出").</summary>
    private static bool GenericOnly(string text)
    {
        var rest = text;
        for (var guard = 0; guard < 4 && rest.Length > 0; guard++)
        {
            foreach (var word in FactVocabulary.Generic)
            {
                rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
            }
        }

        return rest.Length == 0;
    }

    /// <summary>Whether the text's leading run of letters is a head noun alone ("指标（满分16分" after 投入).</summary>
    private static bool BareHead(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return FactVocabulary.HeadNouns.Contains(text[..end]);
    }

    private static bool IsRate(string label) => label.TrimEnd('=', '＝', '为', '是', '：', ':').EndsWith('率');

    private static string TrimConnectors(string m)
    {
        for (var guard = 0; guard < 4; guard++)
        {
            var before = m;
            foreach (var word in Connectors)
            {
                if (m.EndsWith(word, StringComparison.Ordinal) && m.Length > word.Length)
                {
                    m = m[..^word.Length];
                }
            }

            if (m == before)
            {
                break;
            }
        }

        return m is "=" or "＝" ? string.Empty : m;
    }

    private static readonly string[] Connectors = ["分别为", "约为", "为", "是", "达到", "达", "共计", "合计", "总计", "累计", "的", "=", "＝", "：", ":", "年度"];

    /// <summary>The measure with synonyms folded and generic words dropped; what two mentions must share.</summary>
    public static string CoreOf(string measure)
    {
        var c = measure;
        foreach (var (from, to) in FactVocabulary.Synonyms)
        {
            c = c.Replace(from, to, StringComparison.Ordinal);
        }

        c = SubjectVocabulary.Fold(c);

        foreach (var word in FactVocabulary.Generic)
        {
            if (c.Length > word.Length)
            {
                c = c.Replace(word, string.Empty, StringComparison.Ordinal);
            }
        }

        foreach (var verb in FactVocabulary.Verbs)
        {
            if (c.StartsWith(verb, StringComparison.Ordinal) && c.Length > verb.Length + 1 && !BareHead(c[verb.Length..]))
            {
                c = c[verb.Length..];
            }
        }

        foreach (var verb in FactVocabulary.TrailingVerbs)
        {
            if (c.EndsWith(verb, StringComparison.Ordinal) && c.Length > verb.Length + 1)
            {
                c = c[..^verb.Length];
            }
        }

        var core = new string(c.Where(ch => char.IsLetterOrDigit(ch) && !char.IsAsciiDigit(ch)).ToArray());
        // "职业技能培训补贴项目" and the table's "职业技能培训补贴" name one project.
        if (core.Length > 4 && core.EndsWith("项目", StringComparison.Ordinal))
        {
            core = core[..^2];
        }

        // A measure of generic words only ("支出", "执行数") names the overall amount.
        return FactVocabulary.Generic.Contains(core) || (core.Length == 0 && measure.Length > 0) ? Overall : core;
    }

    /// <summary>What a table's title says the table is of, as a measure: "表2 一般性支出明细表（单位：元）" → 一般性支出,
    /// "一般公共预算财政拨款支出决算表" → 一般公共财政拨款支出 (scope words go to the qualifiers, as in a sentence's label);
    /// empty when the title names nothing but a table.</summary>
    public static string Subject(string title)
    {
        var t = TextNormalizer.RemoveWhitespace(title);
        t = TitleUnit().Replace(t, string.Empty);
        t = TableNumber().Replace(t, string.Empty);
        t = Bracket().Replace(t, string.Empty);
        t = TableWord().Replace(t, string.Empty);
        return t.Length == 0 ? string.Empty : Measure(t);
    }

    /// <summary>How a row label marks a total: <see cref="TotalKind.Whole"/> for 合计/总计 alone (the table's subject),
    /// <see cref="TotalKind.Named"/> for a label ending in one (本年支出合计, 人员经费合计); 小计 is a group's, not a total.</summary>
    public static TotalKind Total(string rowHeader)
    {
        var key = TextNormalizer.RemoveWhitespace(rowHeader);
        return WholeTotal().IsMatch(key) ? TotalKind.Whole : NamedTotal().IsMatch(key) ? TotalKind.Named : TotalKind.None;
    }

    /// <summary>The unit a header's words imply ("场次" → 场), null when none.</summary>
    public static string? ImpliedUnit(string header)
    {
        foreach (var (word, unit) in FactVocabulary.HeaderUnits)
        {
            if (header.Contains(word, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:合计|总计|总合计|共计|合计数|总计数)$")]
    private static partial Regex WholeTotal();

    [GeneratedRegex(@"^(?<name>[\u4e00-\u9fff、]{2,20})(?:合计|总计)(?:为|是|：|:)?$")]
    private static partial Regex NamedTotal();

    [GeneratedRegex(@"[（(]?单位[:：]?(?:亿元|万元|千元|元)[)）]?")]
    private static partial Regex TitleUnit();

    [GeneratedRegex(@"^(?:附)?表(?:\d+(?:[-—.．]\d+)?|[一二三四五六七八九十]+(?=[、:：.．]))[:：、.．]?")]
    private static partial Regex TableNumber();

    [GeneratedRegex(@"(?:明细|情况|汇总|统计|一览|总)?表(?:[（(]续[)）])?$")]
    private static partial Regex TableWord();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,16}?(?:委员会|局|厅|办公室|人民政府|人民法院|人民检察院|部门)(?![\u4e00-\u9fff]*(?:局|厅|委员会|部门))")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"(?<fund>一般公共|政府性基金|国有资本经营|社会保险基金)预算")]
    private static partial Regex FundName();

    [GeneratedRegex(@"(?:年度)?(?:指标|目标|完成|实际|计划|预算|预期)+值")]
    private static partial Regex ValueWord();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})\s*年(?:度)?")]
    private static partial Regex Year();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*(?:年)?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年(?:度)?")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?:比|较|与|同)(?:上年度|上年|去年|上一年度?)(?:同期)?(?:相比)?")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d{1,2}(?:\.\d{1,2})*[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"[（(][^（()）]{0,12}[)）]")]
    private static partial Regex Bracket();
}
