namespace Extraction.Ocr.Paddle;

/// <summary>What the recogniser read in one line image: the text, the mean of its characters' top
/// probabilities (PaddleOCR's score) and the lowest of them (one doubtful digit makes a number doubtful).</summary>
internal readonly record struct LineReading(string Text, double Confidence, double MinCharConfidence);
