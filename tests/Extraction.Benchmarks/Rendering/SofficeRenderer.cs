using System.Diagnostics;
using Extraction.Tests.Mutations;

namespace Extraction.Benchmarks.Rendering;

/// <summary>Word or HTML → PDF with LibreOffice (`soffice --headless --convert-to pdf`), as the corpus PDFs were made
/// from the Word files (HTML is printed by Writer/Web the same way): many
/// files per call (start-up dominates), a private profile so concurrent runs do not share one, the corpus's
/// fontconfig aliases (宋体 → Noto Serif CJK SC), and a cache of rendered PDFs by content key so a rerun after a
/// reader change converts nothing.</summary>
internal sealed class SofficeRenderer : IRenderer, IDisposable
{
    private const int Batch = 40;
    private readonly string _profile = Directory.CreateTempSubdirectory("mutations-soffice-").FullName;
    private readonly string _cache;
    private readonly string? _fonts;

    public SofficeRenderer(string cache, string? fonts)
    {
        _cache = cache;
        _fonts = fonts;
        Directory.CreateDirectory(cache);
    }

    public string Format => "pdf";

    public bool Renders(string sourcePath) => Path.GetExtension(sourcePath).ToLowerInvariant() is ".docx" or ".html" or ".htm";

    public IReadOnlyList<string?> Render(IReadOnlyList<(string Source, string Key)> sources, string directory)
    {
        var cached = sources.Select(s => Path.Combine(_cache, s.Key + ".pdf")).ToArray();
        var todo = Enumerable.Range(0, sources.Count).Where(i => !File.Exists(cached[i])).ToArray();
        var outDir = Path.Combine(directory, "pdf");
        foreach (var chunk in todo.Chunk(Batch))
        {
            Convert([.. chunk.Select(i => sources[i].Source)], outDir);
            foreach (var i in chunk)
            {
                var produced = Path.Combine(outDir, Path.GetFileNameWithoutExtension(sources[i].Source) + ".pdf");
                if (File.Exists(produced))
                {
                    File.Move(produced, cached[i], overwrite: true);
                }
            }
        }

        return [.. cached.Select(c => File.Exists(c) ? c : null)];
    }

    public string? PrintedText(string renderedPath)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-enc", "UTF-8", renderedPath, "-"])
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var text = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? text.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no pdftotext: every change counts as printed
        }
    }

    public void Dispose() => Directory.Delete(_profile, recursive: true);

    private void Convert(IReadOnlyList<string> files, string outDir)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-env:UserInstallation=" + new Uri(_profile).AbsoluteUri, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        if (_fonts is not null)
        {
            start.Environment["FONTCONFIG_FILE"] = _fonts;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("expected soffice (LibreOffice) on PATH, found none");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60 + (20 * files.Count))))
        {
            process.Kill(entireProcessTree: true);
            Console.Error.WriteLine($"soffice: expected {files.Count} conversions within the time limit, killed it");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"soffice exited with {process.ExitCode}: {errors.Result.Trim()} {output.Result.Trim()}");
        }
    }
}
