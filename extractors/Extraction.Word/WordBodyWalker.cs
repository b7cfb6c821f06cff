using System.Text;
using DocumentFormat.OpenXml;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Word.Numbering;

namespace Extraction.Word;

/// <summary>Walks the document body in order and emits paragraphs (split at line breaks, heading
/// levels from styles or outline level) and tables (nested tables after their parent), each with
/// the estimated page. Content controls, custom XML and inserted revisions are read through;
/// text boxes are read as blocks after the paragraph that anchors them.</summary>
internal sealed class WordBodyWalker
{
    private const string Stage = "docx";

    private readonly WordStyles _styles;
    private readonly WordListLabels _lists;
    private readonly ReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly WordPagination _pages;
    private readonly FieldState _fields = new();
    private readonly IReadOnlyList<OpenXmlElement> _sections;
    private readonly List<Block> _blocks = [];
    private readonly List<Problem> _problems = [];
    private int _sectionIndex;
    private bool _depthReported;

    public WordBodyWalker(OpenXmlElement body, WordStyles styles, WordNumbering numbering, ReaderOptions options, CancellationToken cancellationToken)
    {
        _styles = styles;
        _lists = new WordListLabels(numbering, styles);
        _options = options;
        _cancellationToken = cancellationToken;
        var hasRenderedBreaks = false;
        var sections = new List<OpenXmlElement>();
        foreach (var element in body.Descendants())
        {
            if (WordXml.Is(element, "lastRenderedPageBreak"))
            {
                hasRenderedBreaks = true;
            }
            else if (WordXml.Is(element, "sectPr") && element.Parent is { } parent && !WordXml.Is(parent, "sectPrChange"))
            {
                sections.Add(element);
            }
        }

        _sections = sections;
        _pages = new WordPagination(hasRenderedBreaks, options.MaxPages);
    }

    public IReadOnlyList<Block> Blocks => _blocks;

    public IReadOnlyList<Problem> Problems => _problems;

    public void WalkBlocks(OpenXmlElement container, int depth)
    {
        if (!WithinDepth(depth))
        {
            return;
        }

        foreach (var child in container.ChildElements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (WordXml.Is(child, "AlternateContent", WordXml.Mc))
            {
                if (WordXml.Branch(child) is { } branch)
                {
                    WalkBlocks(branch, depth + 1);
                }

                continue;
            }

            if (child.NamespaceUri != WordXml.W)
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "p":
                    Paragraph(child, depth);
                    break;
                case "tbl":
                    var (table, nested) = BuildTable(child, depth);
                    if (table is not null)
                    {
                        _blocks.Add(table);
                        _blocks.AddRange(nested);
                    }

                    break;
                case "sdt":
                    if (WordXml.Child(child, "sdtContent") is { } content)
                    {
                        WalkBlocks(content, depth + 1);
                    }

                    break;
                case "customXml" or "ins" or "moveTo" or "smartTag":
                    WalkBlocks(child, depth + 1);
                    break;
            }
        }
    }

    private void Paragraph(OpenXmlElement paragraph, int depth)
    {
        var properties = WordXml.Child(paragraph, "pPr");
        if (WordXml.IsOn(properties, "pageBreakBefore"))
        {
            _pages.Explicit();
        }

        var level = WordStyles.FromOutline(WordXml.IntVal(properties, "outlineLvl", -1))
            ?? _styles.HeadingLevel(WordXml.ChildVal(properties, "pStyle"));
        var line = new StringBuilder();
        var linePage = _pages.Page;
        var textBoxes = new List<OpenXmlElement>();
        var label = _lists.Next(properties);
        foreach (var token in WordInline.Read(paragraph, _fields, _options.MaxDepth))
        {
            switch (token.Kind)
            {
                case InlineKind.Text:
                    if (line.Length == 0)
                    {
                        linePage = _pages.Page;
                    }

                    line.Append(token.Text);
                    label = PrefixLabel(line, label, token.Text);
                    if (!string.IsNullOrWhiteSpace(token.Text))
                    {
                        _pages.Content();
                    }

                    break;
                case InlineKind.LineBreak:
                    EmitLine(line, linePage, level);
                    break;
                case InlineKind.ExplicitPageBreak:
                    EmitLine(line, linePage, level);
                    _pages.Explicit();
                    break;
                case InlineKind.RenderedPageBreak:
                    // The line keeps the page it started on.
                    _pages.Rendered();
                    break;
                case InlineKind.TextBox:
                    textBoxes.Add(token.TextBox!);
                    break;
            }
        }

        EmitLine(line, linePage, level);
        foreach (var box in textBoxes)
        {
            WalkBlocks(box, depth + 1);
        }

        if (properties is not null && WordXml.Child(properties, "sectPr") is not null)
        {
            SectionBreak();
        }
    }

    private void EmitLine(StringBuilder line, int page, int? level)
    {
        var text = ParagraphText.Collapse(line.ToString());
        line.Clear();
        if (text.Length > 0)
        {
            _blocks.Add(new Paragraph(text, Provenance.OnPage(page), level));
        }
    }

    /// <summary>A section ends here; the next section starts a new page unless it is continuous.</summary>
    private void SectionBreak()
    {
        _sectionIndex++;
        var next = _sectionIndex < _sections.Count ? _sections[_sectionIndex] : null;
        if (WordXml.ChildVal(next, "type") != "continuous")
        {
            _pages.Explicit();
        }
    }

    private (Table? Table, List<Table> Nested) BuildTable(OpenXmlElement table, int depth)
    {
        var nested = new List<Table>();
        if (!WithinDepth(depth))
        {
            return (null, nested);
        }

        var start = _pages.Page;
        var gridColumns = WordXml.Child(table, "tblGrid")?.ChildElements.Count(c => WordXml.Is(c, "gridCol")) ?? 0;
        var grid = new WordTableGrid(gridColumns);
        foreach (var row in Rows(table, depth))
        {
            var rowProperties = WordXml.Child(row, "trPr");
            if (rowProperties is not null && WordXml.Child(rowProperties, "del") is not null)
            {
                // A row deleted with tracked changes is not in the document Word shows as final.
                continue;
            }

            grid.StartRow(WordXml.IntVal(rowProperties, "gridBefore", 0));
            foreach (var cell in Cells(row, depth))
            {
                var cellProperties = WordXml.Child(cell, "tcPr");
                var page = _pages.Page;
                var text = CellText(cell, depth + 1, nested);
                grid.AddCell(text, WordXml.IntVal(cellProperties, "gridSpan", 1), Merge(cellProperties), page);
            }

            grid.EndRow(WordXml.IntVal(rowProperties, "gridAfter", 0));
        }

        return (grid.Build(Provenance.OnPage(start)), nested);
    }

    private static VerticalMerge Merge(OpenXmlElement? cellProperties)
    {
        var merge = cellProperties is null ? null : WordXml.Child(cellProperties, "vMerge");
        if (merge is null)
        {
            return VerticalMerge.None;
        }

        return WordXml.Attr(merge) == "restart" ? VerticalMerge.Restart : VerticalMerge.Continue;
    }

    /// <summary>The text of a cell: paragraphs and line breaks as "\n"; a nested table gives one line
    /// per row and is also built as a table of its own (added to <paramref name="nested"/>).</summary>
    private string CellText(OpenXmlElement container, int depth, List<Table> nested)
    {
        var lines = new List<string>();
        CollectCellLines(container, depth, nested, lines);
        return ParagraphText.CollapseLines(lines);
    }

    private void CollectCellLines(OpenXmlElement container, int depth, List<Table> nested, List<string> lines)
    {
        if (!WithinDepth(depth))
        {
            return;
        }

        foreach (var child in container.ChildElements)
        {
            if (WordXml.Is(child, "AlternateContent", WordXml.Mc))
            {
                if (WordXml.Branch(child) is { } branch)
                {
                    CollectCellLines(branch, depth + 1, nested, lines);
                }

                continue;
            }

            if (child.NamespaceUri != WordXml.W)
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "p":
                    CellParagraph(child, depth, nested, lines);
                    break;
                case "tbl":
                    var (table, inner) = BuildTable(child, depth + 1);
                    if (table is not null)
                    {
                        nested.Add(table);
                        nested.AddRange(inner);
                        lines.AddRange(RowLines(table));
                    }

                    break;
                case "sdt":
                    if (WordXml.Child(child, "sdtContent") is { } content)
                    {
                        CollectCellLines(content, depth + 1, nested, lines);
                    }

                    break;
                case "customXml" or "ins" or "moveTo":
                    CollectCellLines(child, depth + 1, nested, lines);
                    break;
            }
        }
    }

    private void CellParagraph(OpenXmlElement paragraph, int depth, List<Table> nested, List<string> lines)
    {
        var line = new StringBuilder();
        var label = _lists.Next(WordXml.Child(paragraph, "pPr"));
        foreach (var token in WordInline.Read(paragraph, _fields, _options.MaxDepth))
        {
            switch (token.Kind)
            {
                case InlineKind.Text:
                    line.Append(token.Text);
                    label = PrefixLabel(line, label, token.Text);
                    if (!string.IsNullOrWhiteSpace(token.Text))
                    {
                        _pages.Content();
                    }

                    break;
                case InlineKind.LineBreak or InlineKind.ExplicitPageBreak:
                    lines.Add(line.ToString());
                    line.Clear();
                    break;
                case InlineKind.RenderedPageBreak:
                    _pages.Rendered();
                    break;
                case InlineKind.TextBox:
                    lines.Add(line.ToString());
                    line.Clear();
                    CollectCellLines(token.TextBox!, depth + 1, nested, lines);
                    break;
            }
        }

        lines.Add(line.ToString());
    }

    /// <summary>Puts a list label before the paragraph's first visible text (a numbered paragraph without
    /// text is counted but gives no block); returns what remains to be placed.</summary>
    private static string PrefixLabel(StringBuilder line, string label, string? text)
    {
        if (label.Length == 0 || string.IsNullOrWhiteSpace(text))
        {
            return label;
        }

        line.Insert(0, label);
        return string.Empty;
    }

    private static IEnumerable<string> RowLines(Table table)
    {
        for (var r = 0; r < table.RowCount; r++)
        {
            yield return string.Join(' ', table.Cells.Where(c => c.Row == r && c.Text.Length > 0).OrderBy(c => c.Column).Select(c => c.Text.Replace('\n', ' ')));
        }
    }

    /// <summary>A table's own rows, also those wrapped in content controls or custom XML.</summary>
    private IEnumerable<OpenXmlElement> Rows(OpenXmlElement table, int depth) => Wrapped(table, "tr", depth);

    private IEnumerable<OpenXmlElement> Cells(OpenXmlElement row, int depth) => Wrapped(row, "tc", depth);

    private IEnumerable<OpenXmlElement> Wrapped(OpenXmlElement parent, string localName, int depth)
    {
        foreach (var child in parent.ChildElements)
        {
            if (WordXml.Is(child, localName))
            {
                yield return child;
            }
            else if (depth < _options.MaxDepth && (WordXml.Is(child, "sdt") || WordXml.Is(child, "customXml") || WordXml.Is(child, "sdtContent")))
            {
                foreach (var inner in Wrapped(child, localName, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private bool WithinDepth(int depth)
    {
        if (depth <= _options.MaxDepth)
        {
            return true;
        }

        if (!_depthReported)
        {
            _depthReported = true;
            _problems.Add(new Problem(Stage,
                $"expected tables and text boxes nested at most {_options.MaxDepth} levels deep, found deeper nesting; the deeper content was skipped"));
        }

        return false;
    }
}
