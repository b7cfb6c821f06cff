using System.Diagnostics;

namespace Extraction.Tests.Output;

/// <summary>Runs headless Chromium (installed by .ci/run) on a local page.</summary>
internal static class Chromium
{
    public static string Executable =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("expected headless Chromium at /usr/bin/chromium (installed by .ci/run), found none");

    /// <summary>Runs Chromium with <paramref name="action"/> ("--dump-dom" or "--screenshot=PNG") and returns stdout.</summary>
    public static string Run(string htmlPath, string action)
    {
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.Path, "--window-size=1280,2000",
            action, new Uri(htmlPath).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 90 s");
        }

        return stdout.Result;
    }
}
