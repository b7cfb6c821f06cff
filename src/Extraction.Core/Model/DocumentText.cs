using System.Text;

namespace Extraction.Model;

/// <summary>A document's text in reading order: paragraphs as lines, tables as tab-separated rows
/// (a spanned cell's text in its first position, blanks elsewhere). What `extract text` prints.</summary>
public static class DocumentText
{
    public static string Render(Document document)
    {
        var sb = new StringBuilder();
        foreach (var page in document.Pages)
        {
            foreach (var block in page.Blocks)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        sb.Append(paragraph.Text).Append('\n');
                        break;
                    case Table table:
                        AppendTable(sb, table);
                        break;
                }
            }

            sb.Append('\f');
        }

        return sb.ToString();
    }

    public static void AppendTable(StringBuilder sb, Table table)
    {
        var grid = table.ToGrid();
        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (c > 0)
                {
                    sb.Append('\t');
                }

                var cell = grid[r, c];
                if (cell is not null && cell.Row == r && cell.Column == c)
                {
                    sb.Append(Flatten(cell.Text));
                }
            }

            sb.Append('\n');
        }
    }

    private static string Flatten(string text) =>
        text.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\t', ' ');
}
