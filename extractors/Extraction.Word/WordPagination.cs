namespace Extraction.Word;

/// <summary>Estimates page numbers. When Word saved where it last broke pages
/// (w:lastRenderedPageBreak) those marks are used alone, because they already include the pages
/// begun by explicit breaks; otherwise explicit page breaks, pageBreakBefore and section breaks
/// count. A break on a page with no content yet does not start another page.</summary>
internal sealed class WordPagination
{
    private readonly bool _rendered;
    private readonly int _maxPages;
    private bool _hasContent;

    public WordPagination(bool hasRenderedBreaks, int maxPages)
    {
        _rendered = hasRenderedBreaks;
        _maxPages = maxPages;
    }

    public int Page { get; private set; } = 1;

    public void Content() => _hasContent = true;

    public void Explicit()
    {
        if (!_rendered)
        {
            Break();
        }
    }

    public void Rendered()
    {
        if (_rendered)
        {
            Break();
        }
    }

    private void Break()
    {
        if (_hasContent && Page < _maxPages)
        {
            Page++;
            _hasContent = false;
        }
    }
}
