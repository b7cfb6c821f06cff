using Extraction.Model;

namespace Extraction.Output.Reports;

/// <summary>Maps boxes from the frame a page was read in back to the page as the file stores it. OCR turns a
/// page scanned on its side or upside down before reading it (<see cref="Page.QuarterTurns"/>), so its
/// boxes are in the turned frame; crops, marks and the contract's boxes refer to the stored page.</summary>
internal sealed class PageFrames
{
    private readonly Dictionary<int, (int Turns, double Width, double Height)> _turned = [];

    public PageFrames(IEnumerable<Page> pages)
    {
        var sizes = new List<ReportPageSize>();
        foreach (var page in pages)
        {
            if (page.Width is not > 0 || page.Height is not > 0)
            {
                continue;
            }

            var turns = ((page.QuarterTurns % 4) + 4) % 4;
            var (width, height) = (page.Width.Value, page.Height.Value);
            if (turns != 0)
            {
                _turned[page.Number] = (turns, width, height);
            }

            // The stored page: a quarter turn swaps the sides back.
            sizes.Add(turns % 2 == 1 ? new ReportPageSize(page.Number, height, width) : new ReportPageSize(page.Number, width, height));
        }

        Sizes = [.. sizes];
    }

    /// <summary>Each page's size as stored in the file.</summary>
    public IReadOnlyList<ReportPageSize> Sizes { get; }

    /// <summary>The box on the stored page; unchanged for pages read as they are.</summary>
    public BoundingBox? ToStored(int page, BoundingBox? box)
    {
        if (box is not { } b || !_turned.TryGetValue(page, out var frame))
        {
            return box;
        }

        var (x1, y1) = Back(frame, b.Left, b.Top);
        var (x2, y2) = Back(frame, b.Right, b.Bottom);
        return new BoundingBox(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
    }

    /// <summary>A point of the turned frame (width w, height h) on the stored page. Turning the stored page
    /// clockwise by a quarter takes its (x, y) to (H − y, x), where H is the stored height (= w).</summary>
    private static (double X, double Y) Back((int Turns, double Width, double Height) frame, double x, double y) => frame.Turns switch
    {
        1 => (y, frame.Width - x),
        2 => (frame.Width - x, frame.Height - y),
        3 => (frame.Height - y, x),
        _ => (x, y),
    };
}
