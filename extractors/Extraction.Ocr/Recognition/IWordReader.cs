using Extraction.Model;
using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Recognition;

/// <summary>Reads the words of one cleaned page image (deskewed, specks and table rules erased), knowing
/// where the table cells are (points), and returns them in page pixels with confidences 0..100.</summary>
internal interface IWordReader
{
    /// <summary>Engine and settings, for the observation cache key.</summary>
    string Version { get; }

    /// <summary>Whether specks should be painted white before reading.</summary>
    bool WantsDespeckle { get; }

    /// <summary>Clockwise quarter turns that make the page's text upright (0 when the engine cannot tell).</summary>
    int QuarterTurns(GrayImage page, CancellationToken cancellationToken);

    List<OcrWord> Read(GrayImage cleaned, IReadOnlyList<BoundingBox> tableBoxes, IReadOnlyList<BoundingBox> cellBoxes, int dpi, CancellationToken cancellationToken);
}
