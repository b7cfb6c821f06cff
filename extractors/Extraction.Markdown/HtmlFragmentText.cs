using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Extraction.Markdown;

/// <summary>The text lines of an HTML block written in Markdown (`&lt;div align="center"&gt;标题&lt;/div&gt;`,
/// `&lt;p&gt;…&lt;br&gt;…&lt;/p&gt;`): block elements and &lt;br&gt; end a line; comments, scripts and styles give
/// nothing; entities are decoded by the HTML parser.</summary>
internal static class HtmlFragmentText
{
    private const int MaxLevel = 32;

    public static List<string> Lines(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var lines = new List<string>();
        var line = new StringBuilder();
        Collect(document.Body!, line, lines, 0);
        lines.Add(line.ToString());
        return lines;
    }

    private static void Collect(INode node, StringBuilder line, List<string> lines, int level)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    Break(line, lines);
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement element when level < MaxLevel:
                    var block = element.LocalName is "p" or "div" or "li" or "tr" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
                    if (block)
                    {
                        Break(line, lines);
                    }

                    Collect(element, line, lines, level + 1);
                    if (block)
                    {
                        Break(line, lines);
                    }

                    break;
            }
        }
    }

    private static void Break(StringBuilder line, List<string> lines)
    {
        lines.Add(line.ToString());
        line.Clear();
    }
}
