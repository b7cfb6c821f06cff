using Extraction.Messages;
using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Text;

namespace Extraction.Rules.Checks;

/// <summary>A heading of a 部门决算/部门预算 naming another year than the report's own: "第三部分…2023年度部门决算情况说明" in a 2024
/// 决算. The report's year is the one most of its title lines name ("…2024年度部门决算", "…2024年度部门决算表"); only title-like
/// lines (no sentence punctuation) are judged, so "与2023年度相比" and "比2025年预算" are never read. In a 决算 the assets
/// statement "截至Y年12月31日" must name the same year.</summary>
public sealed partial class ReportYearCheck : ICheck
{
    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})年度?(?:区级|市级|县级)?部门[^，。；]{0,16}?(?:决算|预算)")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"截至(?<y>(?:19|20)\d{2})年12月31日")]
    private static partial Regex YearEnd();

    public string Name => CheckNames.Year;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var lines = new List<(Extraction.Model.Paragraph Paragraph, Match Match)>();
        foreach (var p in context.Document.Paragraphs)
        {
            var key = TextNormalizer.RemoveWhitespace(p.Text);
            if (key.IndexOfAny(['，', '。', '；', ',', ';']) >= 0)
            {
                continue;
            }

            lines.AddRange(TitleYear().Matches(key).Select(m => (p, m)));
        }

        var years = lines.GroupBy(l => Year(l.Match)).OrderByDescending(g => g.Count()).ToArray();
        if (years.Length == 0 || (years.Length > 1 && years[0].Count() == years[1].Count()) || years[0].Count() < 2)
        {
            yield break;
        }

        var year = years[0].Key;
        foreach (var (paragraph, match) in lines.Where(l => Year(l.Match) != year))
        {
            yield return Make(Severity.Warning, Msg.Of("finding.year_title", ("stated", Year(match).ToString(CultureInfo.InvariantCulture)), ("year", year.ToString(CultureInfo.InvariantCulture))), paragraph, TextNormalizer.RemoveWhitespace(paragraph.Text), Year(match), year);
        }

        var accounts = years[0].Count(l => l.Match.Value.Contains("决算", StringComparison.Ordinal)) * 2 > years[0].Count();
        if (!accounts)
        {
            yield break;
        }

        foreach (var p in context.Document.Paragraphs)
        {
            foreach (Match m in YearEnd().Matches(TextNormalizer.RemoveWhitespace(p.Text)))
            {
                if (Year(m) != year)
                {
                    yield return Make(Severity.Warning, Msg.Of("finding.year_assets", ("year", year.ToString(CultureInfo.InvariantCulture)), ("stated", Year(m).ToString(CultureInfo.InvariantCulture))), p, m.Value, Year(m), year);
                }
            }
        }
    }

    private static int Year(Match m) => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);

    private Finding Make(Severity severity, Msg message, Extraction.Model.Paragraph p, string quote, int stated, int year) =>
        FindingFactory.Make(Name, severity, message,
            [new Evidence(p.Provenance.Page, quote.Length > 120 ? quote[..120] : quote) { Box = p.Provenance.Box, Confidence = p.Provenance.Confidence }],
            stated, year, relation: FindingFactory.Same(stated.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture)));
}
