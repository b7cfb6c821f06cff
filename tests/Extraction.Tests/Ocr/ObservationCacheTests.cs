using System.Text.Json;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Recognition;
using Extraction.Tests.Output;

namespace Extraction.Tests.Ocr;

/// <summary>The OCR observation cache's JSON (source-generated since extract-text is Native AOT): entries round-trip,
/// entries written by the reflection serializer before stay readable, and a damaged entry is a miss.</summary>
public sealed class ObservationCacheTests
{
    private const string Key = "ab0123";

    private static readonly PageObservation Sample = new(1240, 1754, 150, -0.4, [new PixelLine(true, 88.5, 10, 900, 2)],
        [new OcrWord("12.5", 100, 200, 160, 230, 91.2) { Read = "125", PointOdds = [0.1, 0.9], CommaOdds = [0.0, 0.01] }], "note")
    {
        QuarterTurns = 1,
    };

    [Fact]
    public void An_entry_round_trips()
    {
        using var folder = new TempFolder();
        var cache = new ObservationCache(folder.Path);
        Assert.Null(cache.TryGet(Key));
        cache.Put(Key, Sample);
        AssertSame(Sample, cache.TryGet(Key));
    }

    [Fact]
    public void An_entry_the_reflection_serializer_wrote_is_read()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "ab"));
        File.WriteAllBytes(Path.Combine(folder.Path, "ab", Key + ".json"), JsonSerializer.SerializeToUtf8Bytes(Sample, new JsonSerializerOptions { WriteIndented = false }));
        AssertSame(Sample, new ObservationCache(folder.Path).TryGet(Key));
    }

    [Fact]
    public void A_damaged_entry_is_a_miss()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "ab"));
        File.WriteAllText(Path.Combine(folder.Path, "ab", Key + ".json"), "{\"Width\": 12, \"Lines\": [");
        Assert.Null(new ObservationCache(folder.Path).TryGet(Key));
    }

    private static void AssertSame(PageObservation expected, PageObservation? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Width, expected.Height, expected.Dpi, expected.SkewDegrees, expected.Note, expected.QuarterTurns), (actual.Width, actual.Height, actual.Dpi, actual.SkewDegrees, actual.Note, actual.QuarterTurns));
        Assert.Equal(expected.Lines, actual.Lines);
        var (e, a) = (Assert.Single(expected.Words), Assert.Single(actual.Words));
        Assert.Equal((e.Text, e.Left, e.Top, e.Right, e.Bottom, e.Confidence, e.Read), (a.Text, a.Left, a.Top, a.Right, a.Bottom, a.Confidence, a.Read));
        Assert.Equal(e.PointOdds, a.PointOdds);
        Assert.Equal(e.CommaOdds, a.CommaOdds);
    }
}
