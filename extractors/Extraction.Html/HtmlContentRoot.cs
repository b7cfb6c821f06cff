using AngleSharp.Dom;

namespace Extraction.Html;

/// <summary>Finds the element holding the article: starting at &lt;body&gt;, it descends into the
/// child that holds nearly all of the visible non-link text, and stops where the other children
/// hold a title heading (h1/h2) or real text, so the article's title stays in.</summary>
internal sealed class HtmlContentRoot
{
    /// <summary>Share of the parent's text a child must hold to become the root.</summary>
    private const double DominantShare = 0.85;

    private const double LinkListShare = 0.6;

    private readonly Dictionary<IElement, TextStats> _stats = new();
    private readonly int _maxDepth;

    private HtmlContentRoot(int maxDepth) => _maxDepth = maxDepth;

    /// <summary>Measures the page under body; then <see cref="Root"/> and <see cref="IsLinkList"/> answer.</summary>
    public static HtmlContentRoot Measure(IElement body, int maxDepth)
    {
        var finder = new HtmlContentRoot(maxDepth);
        finder.MeasureElement(body, 0);
        finder.Root = finder.Descend(body);
        return finder;
    }

    public IElement Root { get; private set; } = null!;

    /// <summary>A block made mostly of several links (menus, related-article lists) is furniture.</summary>
    public bool IsLinkList(IElement element) =>
        element.LocalName is "ul" or "ol" or "dl" or "div" or "section" or "p" or "table"
        && Stats(element) is { Anchors: >= 3 } s && s.Link >= LinkListShare * s.All;

    private IElement Descend(IElement start)
    {
        var node = start;
        for (var depth = 0; depth < _maxDepth; depth++)
        {
            var total = Stats(node);
            IElement? best = null;
            var bestStats = default(TextStats);
            foreach (var child in node.Children)
            {
                var s = Stats(child);
                if (best is null || s.Text > bestStats.Text)
                {
                    (best, bestStats) = (child, s);
                }
            }

            if (best is not null && best.LocalName == "table")
            {
                // A layout table is entered only through a cell that holds the article;
                // a data table stays whole.
                best = DominantCell(best);
                bestStats = best is null ? default : Stats(best);
            }

            if (best is null || total.Text == 0 || bestStats.Text < DominantShare * total.Text
                || total.Headings > bestStats.Headings || !IsContainer(best))
            {
                return node;
            }

            node = best;
        }

        return node;
    }

    private static bool IsContainer(IElement element) => element.LocalName is
        "div" or "section" or "article" or "main" or "center" or "font" or "span" or "form" or "td" or "th" or "body";

    private IElement? DominantCell(IElement table)
    {
        IElement? best = null;
        var bestText = -1;
        foreach (var row in HtmlTables.Rows(table))
        {
            foreach (var cell in HtmlTables.Cells(row))
            {
                var text = Stats(cell).Text;
                if (text > bestText)
                {
                    (best, bestText) = (cell, text);
                }
            }
        }

        return best;
    }

    private TextStats Stats(IElement element) => _stats.TryGetValue(element, out var s) ? s : default;

    private TextStats MeasureElement(IElement element, int depth)
    {
        if (depth > _maxDepth || HtmlChrome.IsSkipped(element))
        {
            return default;
        }

        var text = 0;
        var link = 0;
        var anchors = element.LocalName == "a" ? 1 : 0;
        var headings = element.LocalName is "h1" or "h2" ? 1 : 0;
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IText t:
                    text += CountVisible(t.Data);
                    break;
                case IElement e:
                    var s = MeasureElement(e, depth + 1);
                    text += s.All;
                    link += s.Link;
                    anchors += s.Anchors;
                    headings += s.Headings;
                    break;
            }
        }

        if (element.LocalName == "a")
        {
            link = text;
        }

        var stats = new TextStats(text, link, anchors, headings);
        _stats[element] = stats;
        return stats;
    }

    private static int CountVisible(string data)
    {
        var n = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Visible characters (links included), characters inside links, links, h1/h2 count.</summary>
    private readonly record struct TextStats(int All, int Link, int Anchors, int Headings)
    {
        /// <summary>Visible characters outside links: what an article is made of.</summary>
        public int Text => All - Link;
    }
}
