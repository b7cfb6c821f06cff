namespace Extraction.Ocr.Paddle;

/// <summary>The verified PP-OCRv4 files on disk and the pin they were checked against (part of the
/// OCR cache key, so a model change never reuses old readings).</summary>
internal sealed record PaddleModelFiles(string Detection, string Recognition, string Dictionary, string Hash);
