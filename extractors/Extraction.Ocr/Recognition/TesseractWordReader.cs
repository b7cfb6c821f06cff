using Extraction.Model;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Tools;

namespace Extraction.Ocr.Recognition;

/// <summary>tesseract reading: one pass over a composite image (page with tables blanked, then every
/// cell stacked), then a digit pass over short doubtful cells.</summary>
internal sealed class TesseractWordReader : IWordReader
{
    private readonly OcrOptions _options;
    private readonly string _workDirectory;

    public TesseractWordReader(OcrOptions options, string workDirectory)
    {
        _options = options;
        _workDirectory = workDirectory;
    }

    public bool WantsDespeckle => true;

    public string Version => $"tesseract/{Tesseract.Version}/{_options.Language}/psm{_options.PageSegmentationMode}";

    public int QuarterTurns(GrayImage page, CancellationToken cancellationToken) => 0;

    public List<OcrWord> Read(GrayImage cleaned, IReadOnlyList<BoundingBox> tableBoxes, IReadOnlyList<BoundingBox> cellBoxes, int dpi, CancellationToken cancellationToken)
    {
        var composite = CompositePage.Create(cleaned, tableBoxes, cellBoxes, dpi);
        var words = Read(composite, dpi, _options.Language, [], cancellationToken);
        if (cellBoxes.Count > 0 && Tesseract.HasLanguage(DigitPass.Language))
        {
            words = DigitPass.Reread(words, cellBoxes, dpi, boxes =>
                Read(CompositePage.Create(cleaned, [], boxes, dpi, includePage: false), dpi, DigitPass.Language, DigitPass.Settings, cancellationToken));
        }

        return words;
    }

    private List<OcrWord> Read(CompositePage composite, int dpi, string language, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_workDirectory, $"page-{Guid.NewGuid():N}.pgm");
        try
        {
            File.WriteAllBytes(path, PnmCodec.WritePgm(composite.Image));
            return Tesseract.Recognize(path, language, _options.PageSegmentationMode, dpi, _options.ToolTimeout, cancellationToken, settings)
                .Select(composite.ToPage)
                .OfType<OcrWord>()
                .ToList();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
