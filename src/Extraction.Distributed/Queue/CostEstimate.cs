using System.Text;

namespace Extraction.Distributed.Queue;

/// <summary>Guesses a document's lane from its bytes without reading it: images are scans; a PDF that draws
/// images and embeds no fonts is a scan (nothing to extract as text, every page goes to OCR). A wrong guess only
/// affects which queue it waits in, never its result.</summary>
public static class CostEstimate
{
    private static readonly byte[] Font = Encoding.ASCII.GetBytes("/Font");
    private static readonly byte[] Image = Encoding.ASCII.GetBytes("/Image");

    public static Lane LaneOf(string file, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff")
        {
            return Lane.Scan;
        }

        if (extension != ".pdf")
        {
            return Lane.Text;
        }

        return content.IndexOf(Image) >= 0 && content.IndexOf(Font) < 0 ? Lane.Scan : Lane.Text;
    }
}
