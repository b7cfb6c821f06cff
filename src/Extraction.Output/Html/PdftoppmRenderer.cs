using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using Extraction.Model;
using Extraction.Output.Reports;

namespace Extraction.Output.Html;

/// <summary>Crops evidence out of PDF pages with poppler's pdftoppm at 100 dpi: around the box (points → pixels)
/// when the evidence has one, else the whole page scaled down. Each call is bounded in time; results are cached
/// per crop so findings sharing a place render once.</summary>
public sealed class PdftoppmRenderer : IEvidenceRenderer
{
    private const int Dpi = 100;
    private const double Scale = Dpi / 72.0;
    private const double MarginX = 40;
    private const double MarginY = 36;
    private const int WholePagePixels = 700;

    private readonly TimeSpan _timeout;
    private readonly ICropCache? _store;
    private readonly Dictionary<string, EvidenceImage?> _cache = new(StringComparer.Ordinal);

    /// <param name="store">Keeps rendered crops across runs (keyed by the file's SHA-256, page and region), so a
    /// rerun over unchanged files does not render again.</param>
    public PdftoppmRenderer(TimeSpan? timeout = null, ICropCache? store = null)
    {
        _timeout = timeout ?? TimeSpan.FromSeconds(30);
        _store = store;
    }

    /// <summary>The same renderer keeping its crops in <paramref name="store"/>.</summary>
    public PdftoppmRenderer WithStore(ICropCache store) => new(_timeout, store);

    public EvidenceImage? Render(Report report, ReportEvidence evidence)
    {
        if (report.Source.Format is not (SourceFormat.Pdf or SourceFormat.PdfScanned) || evidence.Page < 1 || !File.Exists(report.Source.Path))
        {
            return null;
        }

        var size = report.Source.PageSizes.FirstOrDefault(p => p.Page == evidence.Page);
        string[] region;
        EvidencePixels? overlay = null;
        var marks = new List<EvidencePixels>();
        if (evidence.Box is { } box && box.Right > box.Left && box.Bottom > box.Top)
        {
            // A strip across the page around the box, so the reader sees the row or line it sits in.
            var left = size is null ? Math.Max(0, box.Left - (4 * MarginX)) : 0;
            var right = size?.Width ?? box.Right + (4 * MarginX);
            var top = Math.Max(0, box.Top - MarginY);
            var bottom = size is null ? box.Bottom + MarginY : Math.Min(size.Height, box.Bottom + MarginY);
            int x = Px(left), y = Px(top), w = Math.Max(1, Px(right - left)), h = Math.Max(1, Px(bottom - top));
            region = ["-r", Invariant(Dpi), "-x", Invariant(x), "-y", Invariant(y), "-W", Invariant(w), "-H", Invariant(h)];
            overlay = new EvidencePixels((box.Left * Scale) - x, (box.Top * Scale) - y, box.Right * Scale - box.Left * Scale, box.Bottom * Scale - box.Top * Scale);
            foreach (var m in evidence.Marks ?? [])
            {
                marks.Add(new EvidencePixels((m.Left * Scale) - x - 1, (m.Top * Scale) - y - 1, ((m.Right - m.Left) * Scale) + 2, ((m.Bottom - m.Top) * Scale) + 2));
            }
        }
        else
        {
            region = ["-scale-to", Invariant(WholePagePixels)];
        }

        var key = report.Source.Sha256 + " " + Invariant(evidence.Page) + " " + string.Join(' ', region);
        lock (_cache)
        {
            if (!_cache.TryGetValue(key, out var image))
            {
                var png = _store?.Get(key);
                if (png is null)
                {
                    png = Run(report.Source.Path, evidence.Page, region);
                    if (png is not null)
                    {
                        _store?.Put(key, png);
                    }
                }

                image = png is null || png.Length < 24 ? null
                    : new EvidenceImage(png, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), null);
                _cache[key] = image;
            }

            return image is null ? null : image with { Box = overlay, Marks = marks };
        }
    }

    private byte[]? Run(string pdf, int page, string[] region)
    {
        var directory = Directory.CreateTempSubdirectory("extract-crop-");
        try
        {
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in (string[])["-png", "-f", Invariant(page), "-l", Invariant(page), "-singlefile", .. region, pdf, Path.Combine(directory.FullName, "page")])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var output = Path.Combine(directory.FullName, "page.png");
            return process.ExitCode == 0 && File.Exists(output) ? File.ReadAllBytes(output) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pdftoppm not installed: the report falls back to quotes.
        }
        finally
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static int Px(double points) => (int)Math.Round(points * Scale, MidpointRounding.AwayFromZero);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
