using System.Globalization;
using System.Text;
using Extraction.Output.Html;
using Extraction.Output.Reports;

namespace Extraction.Workspace.Review;

/// <summary>Page images and evidence crops for the browser: the renderer's PNG wrapped in an SVG that draws the
/// red boxes, so one image carries both. The SVG holds only numbers and base64 (no document text), and is shown
/// through &lt;img&gt;, where SVG cannot run anything.</summary>
internal sealed class EvidenceImages(IEvidenceRenderer? renderer)
{
    /// <summary>The crop around one evidence with its box, or null when the renderer cannot draw it.</summary>
    public string? Crop(Report report, ReportEvidence evidence)
    {
        if (renderer?.Render(report, evidence) is not { } image)
        {
            return null;
        }

        // A red box on each printed number the finding rests on; the region dashed when none was located.
        IEnumerable<(EvidencePixels, bool)> boxes = image.Marks.Count > 0 ? image.Marks.Select(m => (m, true)) : image.Box is { } b ? [(b, false)] : [];
        return Svg(image, boxes);
    }

    /// <summary>The crop as PNG (no box drawn), for documents that cannot carry the SVG.</summary>
    public EvidenceImage? Png(Report report, ReportEvidence evidence) => renderer?.Render(report, evidence);

    /// <summary>The whole page with a box on every evidence that falls on it.</summary>
    public string? Page(Report report, int page)
    {
        if (renderer?.Render(report, new ReportEvidence(page, string.Empty)) is not { } image)
        {
            return null;
        }

        var size = report.Source.PageSizes.FirstOrDefault(p => p.Page == page);
        var boxes = new List<(EvidencePixels, bool)>();
        if (size is { Width: > 0 })
        {
            var scale = image.Width / size.Width;
            foreach (var evidence in report.Findings.SelectMany(f => f.Evidence).Where(e => e.Page == page && e.Box is not null))
            {
                var box = evidence.Box!;
                IReadOnlyList<ReportBox> marks = evidence.Marks is { Count: > 0 } m ? m : [box];
                boxes.AddRange(marks.Select(k => (new EvidencePixels(k.Left * scale, k.Top * scale, (k.Right - k.Left) * scale, (k.Bottom - k.Top) * scale), true)));
            }
        }

        return Svg(image, boxes);
    }

    private static string Svg(EvidenceImage image, IEnumerable<(EvidencePixels Box, bool Number)> boxes)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{image.Width}\" height=\"{image.Height}\" viewBox=\"0 0 {image.Width} {image.Height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<image width=\"{image.Width}\" height=\"{image.Height}\" href=\"data:image/png;base64,");
        svg.Append(Convert.ToBase64String(image.Png)).Append("\"/>");
        foreach (var (box, number) in boxes)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Px(box.Left - 3)}\" y=\"{Px(box.Top - 3)}\" width=\"{Px(box.Width + 6)}\" height=\"{Px(box.Height + 6)}\" fill=\"none\" stroke=\"#d00\" stroke-width=\"{(number ? "3" : "2\" stroke-dasharray=\"8 5")}\"/>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
