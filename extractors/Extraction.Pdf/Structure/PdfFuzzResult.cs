namespace Extraction.Pdf.Structure;

/// <summary>Outcome of a fuzz run: every case either opened (and was fully exercised) or was rejected with
/// a typed error; crashes (any other exception, or an internal reader error) and hangs must stay at 0.</summary>
internal sealed record PdfFuzzResult(
    int Cases,
    int Opened,
    int Rejected,
    int Crashes,
    int Hangs,
    double MaxMilliseconds,
    double TotalSeconds,
    IReadOnlyList<string> Failures,
    IReadOnlyDictionary<string, int> Mutations);
