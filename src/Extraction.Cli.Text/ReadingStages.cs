using Extraction.Html;
using Extraction.Markdown;
using Extraction.Ocr;
using Extraction.Pdf;
using Extraction.Pipeline;
using Extraction.Reading;
using Extraction.Word;

namespace Extraction.Cli;

/// <summary>The readers and the recogniser: the part of the composition root that `extract text` needs
/// (the CLI's Composition adds the analysis stages for `check`).</summary>
public static class ReadingStages
{
    public static IReadOnlyList<IDocumentReader> Readers() =>
    [
        new PdfReader(),
        new WordReader(),
        new HtmlReader(),
        new MarkdownReader(),
        new ImageReader(),
    ];

    public static IPageRecognizer Recognizer(OcrEngine ocr) => new OcrRecognizer(OcrOptions.Default with { Engine = ocr });

    public static DocumentLoader Loader(OcrEngine ocr) => new(Readers(), Recognizer(ocr), ReaderOptions.Default);
}
