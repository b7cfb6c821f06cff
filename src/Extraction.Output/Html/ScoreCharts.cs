using Extraction.Messages;
using System.Globalization;
using System.Text;
using Extraction.Output.Reports;

namespace Extraction.Output.Html;

/// <summary>For researchers: per indicator, an inline SVG strip of every document's score as a share of the
/// indicator's weight (one dot per document, hover for the file and score).</summary>
internal static class ScoreCharts
{
    private const int MaxCharts = 80;
    private const int Width = 520;
    private const int Height = 34;
    private const int Pad = 10;

    public static void Append(StringBuilder html, IReadOnlyList<Report> reports, Language language = Language.Zh)
    {
        var series = reports
            .SelectMany(r => r.Indicators
                .Where(i => i.Weight is > 0 && i.Score is not null && i.Path.Count > 0)
                .Select(i => (Key: string.Join("/", i.Path.Select(Pairing.NameKey.Indicator)), Report: r, Indicator: i)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxCharts)
            .ToArray();
        if (series.Length == 0)
        {
            html.Append("<p class=\"muted\">").Append(HtmlText.Escape(MessageCatalog.Default.Text("ui.no_charts", language))).Append("</p>");
            return;
        }

        html.Append("<table class=\"charts\"><tr><th>").Append(HtmlText.Escape(MessageCatalog.Default.Text("ui.indicator", language))).Append("</th><th>n</th><th>")
            .Append(HtmlText.Escape(MessageCatalog.Default.Text("ui.chart_axis", language))).Append("</th></tr>");
        foreach (var group in series)
        {
            html.Append("<tr><td>").Append(HtmlText.Escape(string.Join(" / ", group.First().Indicator.Path))).Append("</td><td class=\"num\">")
                .Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</td><td>");
            html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" role=\"img\">");
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{Height / 2}\" x2=\"{Width - Pad}\" y2=\"{Height / 2}\" stroke=\"#bbb\"/>");
            foreach (var tick in new[] { 0, 50, 100 })
            {
                var tx = X(tick / 100.0);
                html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{tx:0.#}\" y1=\"{(Height / 2) - 5}\" x2=\"{tx:0.#}\" y2=\"{(Height / 2) + 5}\" stroke=\"#999\"/>")
                    .Append(CultureInfo.InvariantCulture, $"<text x=\"{tx + 2:0.#}\" y=\"{Height - 2}\" fill=\"#888\">{tick}%</text>");
            }

            foreach (var (_, report, indicator) in group)
            {
                var share = (double)(indicator.Score!.Value / indicator.Weight!.Value);
                var over = share > 1;
                html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(Math.Clamp(share, 0, 1.05)):0.#}\" cy=\"{Height / 2}\" r=\"5\" fill=\"{(over ? "#c0392b" : "#2c7fb8")}\" fill-opacity=\"0.6\"><title>")
                    .Append(HtmlText.Escape($"{report.Source.Name}: {indicator.Score} / {indicator.Weight}"))
                    .Append("</title></circle>");
            }

            html.Append("</svg></td></tr>");
        }

        html.Append("</table>");
    }

    private static double X(double share) => Pad + (share * (Width - (3 * Pad)));
}
