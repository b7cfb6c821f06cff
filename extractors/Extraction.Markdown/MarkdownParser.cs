using System.Globalization;
using Extraction.Layout;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;

namespace Extraction.Markdown;

/// <summary>Splits the text at what Markdown does not know and converters write anyway (form feeds as page breaks,
/// tab-separated runs and cell-per-line runs as tables, HTML table blocks running over blank lines) and reads the
/// rest: Markdown through Markdig (<see cref="MarkdigBlocks"/>), plain text one paragraph per line (its pipe tables
/// through Markdig too).</summary>
internal sealed class MarkdownParser
{
    private const string Stage = "markdown";
    private const int MaxHtmlBlockLines = 200_000;

    private readonly bool _markdown;
    private readonly ReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<List<Block>> _pages = [[]];
    private readonly List<Problem> _problems = [];
    private readonly List<string> _markdownLines = [];
    private bool _continuable;

    private MarkdownParser(bool markdown, ReaderOptions options, CancellationToken cancellationToken)
    {
        _markdown = markdown;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public static (List<List<Block>> Pages, List<Problem> Problems) Parse(
        string text, bool markdown, ReaderOptions options, CancellationToken cancellationToken)
    {
        var parser = new MarkdownParser(markdown, options, cancellationToken);
        parser.Run(SplitLines(text));
        if (parser._pages.Count > 1 && parser._pages[^1].Count == 0)
        {
            // Text ending in a form feed does not start another page.
            parser._pages.RemoveAt(parser._pages.Count - 1);
        }

        return (parser._pages, parser._problems);
    }

    private Provenance Here => Provenance.OnPage(_pages.Count);

    /// <summary>Lines with form feeds turned into lines of their own (page-break markers).</summary>
    private static List<string> SplitLines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (normalized.Contains('\f', StringComparison.Ordinal))
        {
            normalized = normalized.Replace("\f", "\n\f\n", StringComparison.Ordinal);
        }

        return [.. normalized.Split('\n')];
    }

    private void Run(List<string> lines)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if ((i & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lines[i];
            if (line == "\f")
            {
                EndMarkdown();
                NewPage();
                i++;
            }
            else if (_markdown && TryFence(lines, ref i))
            {
                continue;
            }
            else if (TryCellLineTable(lines, ref i))
            {
                continue;
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                _markdownLines.Add(string.Empty);
                i++;
            }
            else if (TryTableBlock(lines, ref i) || TryTabTable(lines, ref i))
            {
                continue;
            }
            else if (_markdown)
            {
                if (MarkdownTables.IsRule(line))
                {
                    // A rule ends the paragraph above: converters draw rules under table rows and titles (setext
                    // headings are off), and Markdig would otherwise continue the paragraph with the dashes.
                    _markdownLines.Add(string.Empty);
                }

                _markdownLines.Add(line);
                i++;
            }
            else
            {
                AddPlainLine(LatexText.ReplaceMath(line));
                i++;
            }
        }

        EndMarkdown();
    }

    /// <summary>A fenced block goes to Markdig whole: nothing inside it is a table or a page break.</summary>
    private bool TryFence(List<string> lines, ref int i)
    {
        var trimmed = lines[i].TrimStart();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) && !trimmed.StartsWith("~~~", StringComparison.Ordinal))
        {
            return false;
        }

        var fence = trimmed[..3];
        _markdownLines.Add(lines[i]);
        i++;
        while (i < lines.Count && !lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal))
        {
            _markdownLines.Add(lines[i]);
            i++;
        }

        if (i < lines.Count)
        {
            _markdownLines.Add(lines[i]);
            i++;
        }

        return true;
    }

    /// <summary>Pipe tables and HTML table blocks: unambiguous in Markdown and in converted text. A pipe table's rows
    /// (to the first line without a pipe) are cut out of the text around them, so a caption just above and a sentence
    /// just below stay paragraphs; Markdig reads the rows.</summary>
    private bool TryTableBlock(List<string> lines, ref int i)
    {
        var line = lines[i];
        if (line.TrimStart().StartsWith("<table", StringComparison.OrdinalIgnoreCase))
        {
            EndMarkdown();
            ReadHtmlTable(lines, ref i);
            return true;
        }

        if (!MarkdownTables.IsPipeRow(line) || i + 1 >= lines.Count || !MarkdownTables.IsDelimiterRow(lines[i + 1]))
        {
            return false;
        }

        var j = i + 2;
        while (j < lines.Count && !string.IsNullOrWhiteSpace(lines[j]) && MarkdownTables.IsPipeRow(lines[j]))
        {
            j++;
        }

        var rows = lines.GetRange(i, j - i);
        if (_markdown)
        {
            // Blank lines around the rows: Markdig reads exactly these rows as the table.
            _markdownLines.Add(string.Empty);
            _markdownLines.AddRange(rows);
            _markdownLines.Add(string.Empty);
        }
        else
        {
            AddTable(MarkdigBlocks.FirstTable(string.Join('\n', rows), Here));
        }

        i = j;
        return true;
    }

    /// <summary>A table copied as text one cell per line (before tab tables: its lone-TAB lines would
    /// otherwise read as a two-column tab table).</summary>
    private bool TryCellLineTable(List<string> lines, ref int i)
    {
        if (!CellLineTable.IsCellLine(lines[i]) || CellLineTable.Read(lines, i) is not { } run)
        {
            return false;
        }

        EndMarkdown();
        AddTable(MarkdownTables.CellPerLine(run, Here));
        i = run.End;
        return true;
    }

    private bool TryTabTable(List<string> lines, ref int i)
    {
        var fields = MarkdownTables.TabFields(lines[i]);
        if (fields < 2)
        {
            return false;
        }

        var j = i + 1;
        while (j < lines.Count && !string.IsNullOrWhiteSpace(lines[j]) && MarkdownTables.TabFields(lines[j]) == fields)
        {
            j++;
        }

        if (j - i < 2)
        {
            return false;
        }

        EndMarkdown();
        AddTable(MarkdownTables.Tabbed(lines.GetRange(i, j - i), Here));
        i = j;
        return true;
    }

    private void ReadHtmlTable(List<string> lines, ref int i)
    {
        var start = i;
        var balance = 0;
        var block = new List<string>();
        do
        {
            var line = lines[i];
            balance += Count(line, "<table") - Count(line, "</table");
            block.Add(line);
            i++;
        }
        while (balance > 0 && i < lines.Count && i - start < MaxHtmlBlockLines);

        var html = string.Join('\n', block);
        var nesting = MarkupNesting.MaxDepth(html);
        if (nesting > _options.MaxDepth)
        {
            _problems.Add(Problem.Of(Stage, Msg.Of("problem.md_table_too_deep", ("line", (start + 1).ToString(CultureInfo.InvariantCulture)),
                ("max", _options.MaxDepth.ToString(CultureInfo.InvariantCulture)), ("found", nesting.ToString(CultureInfo.InvariantCulture))), _pages.Count));
            return;
        }

        foreach (var table in HtmlTableBlock.Read(html, Here, _options.MaxDepth))
        {
            AddTable(table);
        }

        var end = html.LastIndexOf("</table>", StringComparison.OrdinalIgnoreCase);
        if (end >= 0 && end + 8 < html.Length)
        {
            // Text after the table on its last line.
            foreach (var rest in MarkdigText.Inline(html[(end + 8)..]).Split('\n'))
            {
                AddParagraph(rest);
            }
        }
    }

    private static int Count(string line, string tag)
    {
        var n = 0;
        for (var at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            n++;
        }

        return n;
    }

    /// <summary>Reads the pending Markdown lines with Markdig onto the current page.</summary>
    private void EndMarkdown()
    {
        if (_markdownLines.Count == 0)
        {
            return;
        }

        var markdown = string.Join('\n', _markdownLines);
        _markdownLines.Clear();
        if (!string.IsNullOrWhiteSpace(markdown))
        {
            MarkdigBlocks.Read(markdown, Here, _pages[^1]);
        }
    }

    private void AddParagraph(string text)
    {
        var collapsed = ParagraphText.Collapse(text);
        if (collapsed.Length > 0)
        {
            _pages[^1].Add(new Paragraph(collapsed, Here));
        }
    }

    /// <summary>A plain-text line: its own paragraph, or the rest of the previous line's sentence.</summary>
    private void AddPlainLine(string text)
    {
        var blocks = _pages[^1];
        var collapsed = ParagraphText.Collapse(text);
        if (collapsed.Length > 0 && _continuable && blocks.Count > 0 && blocks[^1] is Paragraph previous
            && WrappedText.Continues(previous.Text, collapsed))
        {
            var space = char.IsAsciiLetterOrDigit(previous.Text[^1]) && char.IsAsciiLetterOrDigit(collapsed[0]) ? " " : string.Empty;
            blocks[^1] = previous with { Text = previous.Text + space + collapsed };
            return;
        }

        var count = blocks.Count;
        AddParagraph(text);
        _continuable = blocks.Count > count;
    }

    private void AddTable(Table? table)
    {
        _continuable = false;
        if (table is not null)
        {
            _pages[^1].Add(table);
        }
    }

    private void NewPage()
    {
        _continuable = false;
        if (_pages.Count < _options.MaxPages)
        {
            _pages.Add([]);
        }
    }
}
