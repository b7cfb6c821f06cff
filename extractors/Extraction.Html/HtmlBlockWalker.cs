using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Messages;

namespace Extraction.Html;

/// <summary>Walks the article element in document order and emits paragraphs (block elements and
/// &lt;br&gt; end them; h1–h6 carry their level) and tables (nested tables after their parent).
/// Explicit page-break styles start a new page; otherwise everything is on page 1.</summary>
internal sealed class HtmlBlockWalker
{
    private readonly HtmlContentRoot _content;
    private readonly ReaderOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<List<Block>> _pages = [[]];
    private readonly List<Problem> _problems = [];
    private readonly StringBuilder _line = new();
    private bool _depthReported;

    private HtmlBlockWalker(HtmlContentRoot content, ReaderOptions options, CancellationToken cancellationToken)
    {
        _content = content;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public static (List<List<Block>> Pages, List<Problem> Problems) Walk(
        HtmlContentRoot content, ReaderOptions options, CancellationToken cancellationToken)
    {
        var walker = new HtmlBlockWalker(content, options, cancellationToken);
        walker.Visit(content.Root, 0, preformatted: false);
        walker.EndParagraph();
        return (walker._pages, walker._problems);
    }

    private int PageNumber => _pages.Count;

    private void Visit(INode node, int depth, bool preformatted)
    {
        if (node is IText t)
        {
            AppendText(t.Data, preformatted);
            return;
        }

        if (node is not IElement e)
        {
            return;
        }

        if (depth > _options.MaxDepth)
        {
            ReportDepth();
            return;
        }

        if (e != _content.Root && (HtmlChrome.IsSkipped(e) || _content.IsLinkList(e)))
        {
            return;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        var tag = e.LocalName;
        switch (tag)
        {
            case "br":
                EndParagraph();
                BreakPageIf(PageBreak.Before(e) || PageBreak.After(e));
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                EndParagraph();
                BreakPageIf(PageBreak.Before(e));
                Add(new Paragraph(HtmlText.OneLine(e, depth, _options.MaxDepth), Provenance.OnPage(PageNumber), tag[1] - '0'));
                BreakPageIf(PageBreak.After(e));
                return;
            case "table":
                EndParagraph();
                BreakPageIf(PageBreak.Before(e));
                EmitTable(e, depth);
                BreakPageIf(PageBreak.After(e));
                return;
        }

        var block = HtmlText.IsBlock(tag);
        if (block)
        {
            EndParagraph();
            BreakPageIf(PageBreak.Before(e));
        }

        var pre = preformatted || tag == "pre";
        foreach (var child in e.ChildNodes)
        {
            Visit(child, depth + 1, pre);
        }

        if (block)
        {
            EndParagraph();
            BreakPageIf(PageBreak.After(e));
        }
    }

    private void EmitTable(IElement table, int depth)
    {
        if (depth > _options.MaxDepth)
        {
            ReportDepth();
            return;
        }

        var (built, nested) = HtmlTables.Build(table, depth, _options.MaxDepth, Provenance.OnPage(PageNumber));
        if (built is not null)
        {
            _pages[^1].Add(built);
        }

        foreach (var inner in nested)
        {
            EmitTable(inner, depth + 1);
        }
    }

    private void AppendText(string data, bool preformatted) =>
        PreformattedRuns.Append(_line, data, preformatted, EndParagraph);

    private void EndParagraph()
    {
        if (_line.Length == 0)
        {
            return;
        }

        var text = ParagraphText.Collapse(_line.ToString());
        _line.Clear();
        if (text.Length > 0)
        {
            Add(new Paragraph(text, Provenance.OnPage(PageNumber)));
        }
    }

    private void Add(Paragraph paragraph)
    {
        if (paragraph.Text.Length > 0)
        {
            _pages[^1].Add(paragraph);
        }
    }

    private void BreakPageIf(bool pageBreak)
    {
        if (!pageBreak)
        {
            return;
        }

        EndParagraph();
        if (_pages[^1].Count > 0 && _pages.Count < _options.MaxPages)
        {
            _pages.Add([]);
        }
    }

    private void ReportDepth()
    {
        if (!_depthReported)
        {
            _depthReported = true;
            _problems.Add(Problem.Of("html", Msg.Of("problem.markup_too_deep", ("max", _options.MaxDepth.ToString(CultureInfo.InvariantCulture)))));
        }
    }
}
