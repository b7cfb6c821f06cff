using System.Globalization;
using System.Text;
using Extraction.Ocr.Recognition;

namespace Extraction.Ocr.Tools;

/// <summary>tesseract as a process: availability (engine and language data) and TSV recognition.</summary>
internal static class Tesseract
{
    public const string InstallHint = "apt-get install tesseract-ocr tesseract-ocr-chi-sim";

    private static readonly Dictionary<string, string> SingleThread = new(StringComparer.Ordinal)
    {
        // Pages run in parallel already; tesseract's own OpenMP threads would only contend.
        ["OMP_THREAD_LIMIT"] = "1",
    };

    private static readonly Lazy<(bool Ok, string? Reason, string Version)> Probe = new(ProbeEngine);

    private static readonly Lazy<HashSet<string>> Languages = new(ListLanguages);

    /// <summary>The engine's version line, or empty when it is missing; part of the cache key.</summary>
    public static string Version => Probe.Value.Version;

    public static bool IsAvailable(string language, out string? reason)
    {
        var probe = Probe.Value;
        if (!probe.Ok)
        {
            reason = probe.Reason;
            return false;
        }

        foreach (var needed in language.Split('+'))
        {
            if (!Languages.Value.Contains(needed))
            {
                reason = $"tesseract is installed but its language data \"{needed}\" is missing; install it with: {InstallHint}";
                return false;
            }
        }

        reason = null;
        return true;
    }

    /// <summary>Whether a language's data is installed (false when tesseract itself is missing).</summary>
    public static bool HasLanguage(string language) => Probe.Value.Ok && Languages.Value.Contains(language);

    public static IReadOnlyList<OcrWord> Recognize(
        string imagePath, string language, int psm, int dpi, TimeSpan timeout, CancellationToken cancellationToken, IReadOnlyList<string>? settings = null)
    {
        List<string> arguments =
        [
            imagePath, "stdout",
            "-l", language,
            "--psm", psm.ToString(CultureInfo.InvariantCulture),
            "--dpi", dpi.ToString(CultureInfo.InvariantCulture),
            "-c", "preserve_interword_spaces=1",
        ];
        foreach (var setting in settings ?? [])
        {
            arguments.Add("-c");
            arguments.Add(setting);
        }

        arguments.Add("tsv");
        var result = ProcessRunner.Run(
            "tesseract",
            arguments,
            timeout,
            cancellationToken,
            SingleThread);
        if (result.ExitCode != 0)
        {
            throw new InvalidDataException($"tesseract failed (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }

        return TsvParser.Parse(Encoding.UTF8.GetString(result.StandardOutput));
    }

    /// <summary>Reads an image file as it is; also returns the image size tesseract saw (pixels).</summary>
    public static (IReadOnlyList<OcrWord> Words, int Width, int Height) RecognizeFile(string imagePath, string language, int psm, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = ProcessRunner.Run(
            "tesseract",
            [imagePath, "stdout", "-l", language, "--psm", psm.ToString(CultureInfo.InvariantCulture), "tsv"],
            timeout,
            cancellationToken,
            SingleThread);
        if (result.ExitCode != 0)
        {
            throw new InvalidDataException($"tesseract could not read the image (exit {result.ExitCode}): {result.StandardError.Trim()}");
        }

        var tsv = Encoding.UTF8.GetString(result.StandardOutput);
        var (width, height) = TsvParser.PageSize(tsv);
        return (TsvParser.Parse(tsv), width, height);
    }

    private static HashSet<string> ListLanguages()
    {
        try
        {
            var result = ProcessRunner.Run("tesseract", ["--list-langs"], TimeSpan.FromSeconds(30), CancellationToken.None);
            var text = Encoding.UTF8.GetString(result.StandardOutput) + "\n" + result.StandardError;
            return text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is ToolMissingException or TimeoutException or IOException)
        {
            return [];
        }
    }

    private static (bool, string?, string) ProbeEngine()
    {
        try
        {
            var result = ProcessRunner.Run("tesseract", ["--version"], TimeSpan.FromSeconds(30), CancellationToken.None);
            var text = (Encoding.UTF8.GetString(result.StandardOutput) + "\n" + result.StandardError).Trim();
            var version = text.Split('\n')[0].Trim();
            return result.ExitCode == 0
                ? (true, null, version)
                : (false, $"tesseract --version failed (exit {result.ExitCode}); reinstall it with: {InstallHint}", string.Empty);
        }
        catch (ToolMissingException)
        {
            return (false, $"tesseract is not installed; install it with: {InstallHint}", string.Empty);
        }
        catch (TimeoutException ex)
        {
            return (false, ex.Message, string.Empty);
        }
    }
}
