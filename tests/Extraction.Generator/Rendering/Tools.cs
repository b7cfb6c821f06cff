using System.Diagnostics;

namespace Extraction.Generator.Rendering;

/// <summary>Runs the rendering tools installed on the machine (never downloads anything) and says which are missing.</summary>
public static class Tools
{
    public const string Python = "/usr/bin/python3";

    private static readonly Dictionary<string, bool> Present = [];

    public static string Chromium => new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists) ?? "chromium";

    /// <summary>Whether <paramref name="tool"/> can be used ("" needs nothing; python3 must have reportlab, docx and PIL).</summary>
    public static bool Has(string tool)
    {
        if (tool.Length == 0)
        {
            return true;
        }

        lock (Present)
        {
            if (!Present.TryGetValue(tool, out var ok))
            {
                ok = tool switch
                {
                    "python3" => Run(Python, ["-c", "import reportlab, docx, PIL"], TimeSpan.FromSeconds(60)).ExitCode == 0
                        && Run("pdftoppm", ["-v"], TimeSpan.FromSeconds(30)).ExitCode == 0,
                    "chromium" => File.Exists(Chromium),
                    _ => Run(tool, ["--version"], TimeSpan.FromSeconds(60)).ExitCode == 0,
                };
                Present[tool] = ok;
            }

            return ok;
        }
    }

    public static (int ExitCode, string Output) Run(string file, IEnumerable<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return (-1, $"{file}: could not start");
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{file}: no result within {timeout.TotalSeconds:0} s, killed");
            }

            process.WaitForExit();
            return (process.ExitCode, stderr.Result + stdout.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{file}: {e.Message}");
        }
    }
}
