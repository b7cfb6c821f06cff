using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extraction.Ocr.Imaging;

namespace Extraction.Ocr.Recognition;

/// <summary>Observations stored by the SHA-256 of the rendered page image (plus engine, language and
/// analysis version), so a rerun skips OCR. Writes are atomic (temp file + rename); a damaged or
/// unreadable entry is a miss, and a failing cache never fails recognition.</summary>
internal sealed class ObservationCache
{
    /// <summary>Bump when the analysis (deskew, rules, tesseract call) changes what is observed.</summary>
    private const string AnalysisVersion = "ocr-observation/14";

    private readonly string? _directory;

    public ObservationCache(string? directory)
    {
        _directory = directory;
    }

    public static string Key(GrayImage image, int dpi, OcrOptions options, string engineVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{AnalysisVersion}|{engineVersion}|{options.Language}|{options.PageSegmentationMode}|{options.MaxSkewDegrees}|{dpi}|{image.Width}x{image.Height}\n"));
        hash.AppendData(image.Pixels);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public PageObservation? TryGet(string key)
    {
        if (_directory is null)
        {
            return null;
        }

        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), ObservationJson.Default.PageObservation) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Put(string key, PageObservation observation)
    {
        if (_directory is null)
        {
            return;
        }

        var path = PathOf(key);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(observation, ObservationJson.Default.PageObservation));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache only costs speed.
            TryDelete(temp);
        }
    }

    private string PathOf(string key) => Path.Combine(_directory!, key[..2], key + ".json");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do.
        }
    }
}
