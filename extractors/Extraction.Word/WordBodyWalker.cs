using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Word.Numbering;
using Extraction.Messages;

namespace Extraction.Word;

/// <summary>Walks the document body in order and emits paragraphs (split at line breaks, heading
/// levels from styles or outline level) and tables (nested tables after their parent), each with
/// the estimated page. Content controls, custom XML and inserted revisions are read through;
/// text boxes are read as blocks after the paragraph that anchors them.</summary>
internal sealed class WordBodyWalker
{
    private const string Stage = "docx";

    private readonly WordBodyContext _context;
    private readonly WordStyles _styles;
    private readonly WordListLabels _lists;
    private readonly ReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly WordPagination _pages;
    private readonly FieldState _fields;
    private readonly IReadOnlyList<OpenXmlElement> _sections;
    private readonly List<Block> _blocks = [];
    private readonly List<Problem> _problems = [];
    private int _sectionIndex;
    private bool _depthReported;

    /// <param name="pages">A page counter to continue (an embedded altChunk document), or null for a new one.</param>
    public WordBodyWalker(WordBodyContext context, OpenXmlElement body, WordPagination? pages = null)
    {
        _context = context;
        _styles = context.Styles;
        _lists = new WordListLabels(context.Numbering, context.Styles);
        _options = context.Options;
        _cancellationToken = context.CancellationToken;
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
        _pages = pages ?? new WordPagination(hasRenderedBreaks, _options.MaxPages);
        var unmatched = FieldScan.Unmatched(body);
        _fields = new FieldState(unmatched);
        if (unmatched.Count > 0)
        {
            _problems.Add(Problem.Of(Stage, Msg.Of("problem.docx_unended_fields", ("count", unmatched.Count.ToString(CultureInfo.InvariantCulture)))));
        }
    }

    public IReadOnlyList<Block> Blocks => _blocks;

    public IReadOnlyList<Problem> Problems => _problems;

    public void WalkBlocks(OpenXmlElement container, int depth)
    {
        if (!WithinDepth(depth))
        {
            return;
        }

        // Text of paragraphs whose mark is deleted or hidden, waiting for the paragraph it joins.
        LineCarry? carry = null;
        foreach (var child in container.ChildElements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (WordXml.Is(child, "p"))
            {
                carry = Paragraph(child, depth, carry);
                continue;
            }

            if (IsBlockContent(child))
            {
                Flush(ref carry);
            }

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
                case "altChunk":
                    AltChunk(child);
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

        Flush(ref carry);
    }

    /// <summary>Content that ends a paragraph join (bookmarks and other markers between paragraphs do not).</summary>
    private static bool IsBlockContent(OpenXmlElement element) =>
        WordXml.Is(element, "AlternateContent", WordXml.Mc)
        || (element.NamespaceUri == WordXml.W && element.LocalName is "tbl" or "sdt" or "altChunk" or "customXml" or "ins" or "moveTo" or "smartTag");

    private void Flush(ref LineCarry? carry)
    {
        if (carry is { } pending)
        {
            EmitLine(new StringBuilder(pending.Text), pending.Page, null);
            carry = null;
        }
    }

    /// <summary>Emits the paragraph's lines; when its mark is deleted or hidden, Word shows it joined with
    /// the next paragraph, so its last line is returned to be continued there (and it takes no list label:
    /// the joined paragraph is numbered by the mark that remains).</summary>
    private LineCarry? Paragraph(OpenXmlElement paragraph, int depth, LineCarry? carry)
    {
        var properties = WordXml.Child(paragraph, "pPr");
        if (WordXml.IsOn(properties, "pageBreakBefore"))
        {
            _pages.Explicit();
        }

        var level = WordStyles.FromOutline(WordXml.IntVal(properties, "outlineLvl", -1))
            ?? _styles.HeadingLevel(WordXml.ChildVal(properties, "pStyle"));
        var line = new StringBuilder(carry?.Text ?? string.Empty);
        var linePage = carry?.Page ?? _pages.Page;
        var textBoxes = new List<OpenXmlElement>();
        var joinsNext = WordXml.MarkRemoved(properties);
        var label = joinsNext ? string.Empty : _lists.Next(properties);
        foreach (var token in WordInline.Read(paragraph, _fields, _styles, _options.MaxDepth))
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

        LineCarry? next = null;
        if (joinsNext)
        {
            next = new LineCarry(line.ToString(), linePage);
        }
        else
        {
            EmitLine(line, linePage, level);
        }

        foreach (var box in textBoxes)
        {
            WalkBlocks(box, depth + 1);
        }

        if (properties is not null && WordXml.Child(properties, "sectPr") is not null)
        {
            SectionBreak();
        }

        return next;
    }

    /// <summary>An altChunk: an embedded .docx is read in place (its own styles and lists, on the current
    /// page), plain text gives a paragraph per line; other formats (HTML, MHT, RTF) are a problem, since
    /// their content is missing from what is read.</summary>
    private void AltChunk(OpenXmlElement chunk)
    {
        foreach (var block in ChunkBlocks(chunk))
        {
            _blocks.Add(block);
        }
    }

    /// <summary>An altChunk in a cell: its paragraphs become cell lines, its tables nested tables.</summary>
    private void CellAltChunk(OpenXmlElement chunk, List<Table> nested, List<string> lines)
    {
        foreach (var block in ChunkBlocks(chunk))
        {
            if (block is Table table)
            {
                nested.Add(table);
                lines.AddRange(RowLines(table));
            }
            else if (block is Paragraph paragraph)
            {
                lines.Add(paragraph.Text);
            }
        }
    }

    private IEnumerable<Block> ChunkBlocks(OpenXmlElement chunk)
    {
        var content = WordAltChunk.Open(_context.Part, chunk, _options, _context.ChunkDepth);
        if (content.Problem is { } problem)
        {
            _problems.Add(Problem.Of(Stage, problem, _pages.Page));
            return [];
        }

        if (content.Text is { } text)
        {
            _pages.Content();
            return text.Split('\n').Select(ParagraphText.Collapse).Where(line => line.Length > 0)
                .Select(line => new Paragraph(line, Provenance.OnPage(_pages.Page), null)).ToList();
        }

        using var document = content.Document!;
        var (blocks, problems) = WordPartReader.Read(document.MainDocumentPart!, _options, _cancellationToken, _pages, _context.ChunkDepth + 1);
        _problems.AddRange(problems);
        return blocks;
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
        var rows = Rows(table, depth).ToList();
        var gridColumns = WordXml.Child(table, "tblGrid")?.ChildElements.Count(c => WordXml.Is(c, "gridCol")) ?? 0;
        if (rows.Any(row => Cells(row, depth).Count() > gridColumns))
        {
            // A grid narrower than a row's cell count is wrong (some generators write one w:gridCol):
            // spans are then only clamped to the column limit.
            gridColumns = 0;
        }

        var grid = new WordTableGrid(gridColumns);
        foreach (var row in rows)
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
                if (cellProperties is not null && WordXml.Child(cellProperties, "cellDel") is not null)
                {
                    // A cell deleted with tracked changes: the cells after it move left, as Word shows them.
                    continue;
                }

                var page = _pages.Page;
                var text = CellText(cell, depth + 1, nested);
                var continuesLeft = cellProperties is not null && WordXml.Child(cellProperties, "hMerge") is { } hMerge && WordXml.Attr(hMerge) != "restart";
                grid.AddCell(text, WordXml.IntVal(cellProperties, "gridSpan", 1), Merge(cellProperties), continuesLeft, page);
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

        string? carry = null;
        foreach (var child in container.ChildElements)
        {
            if (WordXml.Is(child, "AlternateContent", WordXml.Mc))
            {
                if (carry is not null)
                {
                    lines.Add(carry);
                    carry = null;
                }

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

            if (child.LocalName == "p")
            {
                carry = CellParagraph(child, depth, nested, lines, carry);
                continue;
            }

            if (carry is not null && IsBlockContent(child))
            {
                lines.Add(carry);
                carry = null;
            }

            switch (child.LocalName)
            {
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
                case "altChunk":
                    CellAltChunk(child, nested, lines);
                    break;
            }
        }

        if (carry is not null)
        {
            lines.Add(carry);
        }
    }

    /// <summary>Adds a cell paragraph's lines; a paragraph whose mark is deleted or hidden returns its last
    /// line to be continued by the next paragraph (see <see cref="Paragraph"/>).</summary>
    private string? CellParagraph(OpenXmlElement paragraph, int depth, List<Table> nested, List<string> lines, string? carry)
    {
        var line = new StringBuilder(carry ?? string.Empty);
        var properties = WordXml.Child(paragraph, "pPr");
        var joinsNext = WordXml.MarkRemoved(properties);
        var label = joinsNext ? string.Empty : _lists.Next(properties);
        foreach (var token in WordInline.Read(paragraph, _fields, _styles, _options.MaxDepth))
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

        if (joinsNext)
        {
            return line.ToString();
        }

        if (label.Length > 0 && string.IsNullOrWhiteSpace(line.ToString()))
        {
            // An auto-numbered cell without text (a 序号 column): Word shows the number alone.
            line.Clear().Append(label.Trim());
        }

        lines.Add(line.ToString());
        return null;
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
            _problems.Add(Problem.Of(Stage, Msg.Of("problem.docx_too_deep", ("max", _options.MaxDepth.ToString(CultureInfo.InvariantCulture)))));
        }

        return false;
    }
}
