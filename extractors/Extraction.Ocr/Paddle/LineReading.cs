namespace Extraction.Ocr.Paddle;

/// <summary>What the recogniser read in one line image: the text, the mean of its characters' top
/// probabilities (PaddleOCR's score) and the lowest of them (one doubtful digit makes a number doubtful).
/// For an all-digit reading, <see cref="PointOdds"/> holds, for each gap between two characters, the
/// highest probability the recogniser gave a decimal point there, and <see cref="CommaOdds"/> the same for
/// a comma (where a point lost to a faint scan most likely stood); null for other readings.</summary>
internal readonly record struct LineReading(string Text, double Confidence, double MinCharConfidence)
{
    public IReadOnlyList<double>? PointOdds { get; init; }

    public IReadOnlyList<double>? CommaOdds { get; init; }
}
