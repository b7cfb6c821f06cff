using System.Diagnostics;
using System.Text;

namespace Extraction.Tests.Pdf.Text;

/// <summary>Compares the non-whitespace characters of two texts as multisets:
/// matched / max(total), the agreement measure of the differential test against pdftotext.</summary>
internal static class PopplerDifferential
{
    public static double Agreement(string ours, string theirs, out string report)
    {
        var a = Count(ours);
        var b = Count(theirs);
        var matched = a.Sum(kv => Math.Min(kv.Value, b.GetValueOrDefault(kv.Key)));
        var total = Math.Max(a.Values.Sum(), b.Values.Sum());
        var missing = b.Where(kv => kv.Value > a.GetValueOrDefault(kv.Key))
            .OrderByDescending(kv => kv.Value - a.GetValueOrDefault(kv.Key)).Take(12)
            .Select(kv => $"{char.ConvertFromUtf32(kv.Key)}×{kv.Value - a.GetValueOrDefault(kv.Key)}");
        var extra = a.Where(kv => kv.Value > b.GetValueOrDefault(kv.Key))
            .OrderByDescending(kv => kv.Value - b.GetValueOrDefault(kv.Key)).Take(12)
            .Select(kv => $"{char.ConvertFromUtf32(kv.Key)}×{kv.Value - b.GetValueOrDefault(kv.Key)}");
        report = $"ours {a.Values.Sum()} chars, pdftotext {b.Values.Sum()}; missing: {string.Join(' ', missing)}; extra: {string.Join(' ', extra)}";
        return total == 0 ? 1 : (double)matched / total;
    }

    /// <summary>pdftotext's text of a file (UTF-8), or null when poppler-utils is not installed.</summary>
    public static string? Pdftotext(string path)
    {
        try
        {
            var info = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static Dictionary<int, int> Count(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || rune.Value == 0x0C)
            {
                continue;
            }

            counts[rune.Value] = counts.GetValueOrDefault(rune.Value) + 1;
        }

        return counts;
    }
}
