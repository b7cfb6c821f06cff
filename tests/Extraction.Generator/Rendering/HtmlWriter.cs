using System.Net;
using System.Text;
using Extraction.Generator.Model;

namespace Extraction.Generator.Rendering;

/// <summary>A government-site page: title, headings, paragraphs and tables with row/col spans; tables either ruled with
/// CSS borders or borderless (layout only by cell padding).</summary>
public static class HtmlWriter
{
    public static string Write(GenDocument doc, bool borders)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(doc.Title)).Append("</title>\n<style>\n")
            .Append("body{font-family:'Noto Serif CJK SC','SimSun',serif;font-size:14px;margin:24px 40px;}\n")
            .Append("h1{text-align:center;font-size:20px;} h2{font-size:16px;} p{text-indent:2em;line-height:1.8;margin:4px 0;} p.note{font-size:12px;text-indent:0;}\n")
            .Append(borders
                ? "table{border-collapse:collapse;width:100%;margin:8px 0;} td,th{border:1px solid #000;padding:3px 5px;font-size:12px;}\n"
                : "table{border-collapse:separate;border-spacing:0;width:100%;margin:8px 0;} td,th{border:none;padding:4px 8px;font-size:12px;}\n")
            .Append("caption{font-weight:bold;padding:4px;}\n</style></head><body>\n<div class=\"article\">\n");
        foreach (var block in doc.Blocks)
        {
            switch (block.Type)
            {
                case "heading":
                    var tag = block.Level == 0 ? "h1" : "h2";
                    sb.Append('<').Append(tag).Append('>').Append(E(doc.TextOf(block.Runs))).Append("</").Append(tag).Append(">\n");
                    break;
                case "note":
                    sb.Append("<p class=\"note\">").Append(E(doc.TextOf(block.Runs))).Append("</p>\n");
                    break;
                case "table":
                    Table(sb, doc, block.Table!);
                    break;
                default:
                    sb.Append("<p>").Append(E(doc.TextOf(block.Runs))).Append("</p>\n");
                    break;
            }
        }

        sb.Append("</div>\n</body></html>\n");
        return sb.ToString();
    }

    public static void Table(StringBuilder sb, GenDocument doc, GenTable table)
    {
        sb.Append("<table>\n");
        if (table.Caption is { } caption)
        {
            sb.Append("<caption>").Append(E(caption)).Append("</caption>\n");
        }

        for (var r = 0; r < table.Rows; r++)
        {
            sb.Append("<tr>");
            // A position no cell covers is an empty cell: a page writes <td></td> there, so later cells keep their columns.
            var row = r;
            var cells = table.Cells.Where(c => c.Row == row).ToDictionary(c => c.Column);
            for (var k = 0; k < table.Columns; k++)
            {
                if (!cells.TryGetValue(k, out var cell))
                {
                    if (!table.Cells.Any(c => c.Row <= row && row < c.Row + c.RowSpan && c.Column <= k && k < c.Column + c.ColSpan))
                    {
                        sb.Append("<td></td>");
                    }

                    continue;
                }

                var tag = cell.Header ? "th" : "td";
                sb.Append('<').Append(tag);
                if (cell.RowSpan > 1)
                {
                    sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                }

                if (cell.ColSpan > 1)
                {
                    sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                }

                sb.Append('>').Append(E(doc.TextOf(cell.Runs))).Append("</").Append(tag).Append('>');
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</table>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
