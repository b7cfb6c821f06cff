using System.Text;
using Extraction.Generator.Model;

namespace Extraction.Generator.Rendering;

/// <summary>Markdown as converters write it: # headings, paragraphs, and tables as raw HTML (spans need it).</summary>
public static class MarkdownWriter
{
    public static string Write(GenDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var block in doc.Blocks)
        {
            switch (block.Type)
            {
                case "heading":
                    sb.Append(block.Level == 0 ? "# " : "## ").Append(Escape(doc.TextOf(block.Runs))).Append("\n\n");
                    break;
                case "table":
                    if (block.Table!.Caption is { } caption)
                    {
                        sb.Append("**").Append(Escape(caption)).Append("**\n\n");
                    }

                    HtmlWriter.Table(sb, doc, block.Table! with { Caption = null });
                    sb.Append('\n');
                    break;
                default:
                    sb.Append(Escape(doc.TextOf(block.Runs))).Append("\n\n");
                    break;
            }
        }

        return sb.ToString();
    }

    // Only what Markdown would misread at a line start or inline; digits and CJK stay as printed.
    private static string Escape(string s) => s.Replace("*", "\\*", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
