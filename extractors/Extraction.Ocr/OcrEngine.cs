namespace Extraction.Ocr;

/// <summary>The engine that reads words on scanned pages.</summary>
public enum OcrEngine
{
    /// <summary>PaddleOCR PP-OCRv4 (DB detection + CTC recognition) through ONNX Runtime.</summary>
    Paddle,

    /// <summary>tesseract chi_sim as a process (the fallback).</summary>
    Tesseract,
}
