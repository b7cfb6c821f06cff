using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Layout;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Messages;

namespace Extraction.Markdown;

/// <summary>Line-based block parser for Markdown as converters write it (ATX headings, pipe tables,
/// HTML table blocks, fenced code, lists) and for plain text (one paragraph per line, tab-separated
/// runs and cell-per-line runs as tables, form feeds as page breaks).</summary>
internal sealed partial class MarkdownParser
{
    private const string Stage = "markdown";
    private const int MaxHtmlBlockLines = 200_000;

    private readonly bool _markdown;
    private readonly ReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<List<Block>> _pages = [[]];
    private readonly List<Problem> _problems = [];
    private readonly List<string> _paragraph = [];
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
                EndParagraph();
                NewPage();
                i++;
            }
            else if (TryCellLineTable(lines, ref i))
            {
                continue;
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                EndParagraph();
                i++;
            }
            else if (TryTableBlock(lines, ref i) || (_markdown && TryMarkdownBlock(lines, ref i)))
            {
                continue;
            }
            else if (TryTabTable(lines, ref i))
            {
                continue;
            }
            else if (_markdown)
            {
                _paragraph.Add(line);
                i++;
            }
            else
            {
                AddPlainLine(LatexText.ReplaceMath(line));
                i++;
            }
        }

        EndParagraph();
    }

    /// <summary>Pipe tables and HTML table blocks: unambiguous in Markdown and in converted text.</summary>
    private bool TryTableBlock(List<string> lines, ref int i)
    {
        var line = lines[i];
        if (line.TrimStart().StartsWith("<table", StringComparison.OrdinalIgnoreCase))
        {
            EndParagraph();
            ReadHtmlTable(lines, ref i);
            return true;
        }

        if (MarkdownTables.IsPipeRow(line) && i + 1 < lines.Count && MarkdownTables.IsDelimiterRow(lines[i + 1]))
        {
            EndParagraph();
            var rows = new List<string> { line };
            var j = i + 2;
            while (j < lines.Count && !string.IsNullOrWhiteSpace(lines[j]) && MarkdownTables.IsPipeRow(lines[j]))
            {
                rows.Add(lines[j]);
                j++;
            }

            AddTable(MarkdownTables.Pipe(rows, Here));
            i = j;
            return true;
        }

        return false;
    }

    private bool TryMarkdownBlock(List<string> lines, ref int i)
    {
        var line = lines[i];
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
        {
            EndParagraph();
            var fence = trimmed[..3];
            i++;
            while (i < lines.Count && !lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal))
            {
                AddParagraph(lines[i]);
                i++;
            }

            i++;
            return true;
        }

        var heading = AtxHeading().Match(line);
        if (heading.Success)
        {
            EndParagraph();
            var text = ParagraphText.Collapse(InlineMarkdown.ToText(heading.Groups[2].Value));
            if (text.Length > 0)
            {
                _pages[^1].Add(new Paragraph(text, Here, heading.Groups[1].Length));
            }

            i++;
            return true;
        }

        if (ThematicBreak().IsMatch(line))
        {
            EndParagraph();
            i++;
            return true;
        }

        var item = ListOrQuote().Match(line);
        if (item.Success)
        {
            // A list item or quoted line is a paragraph of its own.
            EndParagraph();
            _paragraph.Add(line[item.Length..]);
            EndParagraph();
            i++;
            return true;
        }

        return false;
    }

    /// <summary>A table copied as text one cell per line (before tab tables: its lone-TAB lines would
    /// otherwise read as a two-column tab table).</summary>
    private bool TryCellLineTable(List<string> lines, ref int i)
    {
        if (!CellLineTable.IsCellLine(lines[i]) || CellLineTable.Read(lines, i) is not { } run)
        {
            return false;
        }

        EndParagraph();
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

        EndParagraph();
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
            _paragraph.Add(html[(end + 8)..]);
            EndParagraph();
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

    /// <summary>Joins the pending Markdown lines (soft breaks) and splits at &lt;br&gt; (hard breaks).</summary>
    private void EndParagraph()
    {
        if (_paragraph.Count == 0)
        {
            return;
        }

        var raw = string.Join('\n', _paragraph);
        _paragraph.Clear();
        foreach (var segment in LineBreakTag().Split(raw))
        {
            AddParagraph(InlineMarkdown.ToText(segment));
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

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")]
    private static partial Regex ThematicBreak();

    [GeneratedRegex(@"^ {0,3}(?:[-*+][ \t]+|>[ \t]?)")]
    private static partial Regex ListOrQuote();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();
}
