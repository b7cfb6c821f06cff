using System.Diagnostics;
using System.Text;
using Extraction.Messages;
using Extraction.Tests.Cli;
using Extraction.Tests.Output;

namespace Extraction.Tests.Hostile;

/// <summary>The "done when" of unattended batches: folders of hostile inputs (each family of the cases found on
/// real shared folders, several members each) run through the real CLI at --jobs 2 with a short --timeout. Every
/// run must end with exit 0 or 1, give every input a status and a reason, write outputs that parse and agree, and
/// stay under 2 GB of memory (the CLI and its children, sampled from /proc).</summary>
public sealed class HostileFolderSuiteTests
{
    private static string Html(string body) => $"<html><head><meta charset=\"utf-8\"></head><body>{body}</body></html>";

    private static void Fifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
    }

    /// <summary>Builds the folder: names, links, special files, format bombs in miniature, budget cuts, scans.</summary>
    private static void Build(string root)
    {
        var names = Directory.CreateDirectory(Path.Combine(root, "names")).FullName;
        string[] odd =
        [
            "空 格 名.html", "-dash-first.html", "quote\"and'apos.html", "new\nline.html", "tab\tname.html", "bom\uFEFF.html",
            "emoji😀.html", "nonchar\uFFFF.html", "rtl\u202Egpj.html", "semi;colon,comma.html", "UPPER.HTML", "dots...html",
            new string('长', 83) + ".htm", "=cmd|' -C calc'!A0.html", "<script>.html", "percent%41.html",
        ];
        foreach (var name in odd)
        {
            File.WriteAllText(Path.Combine(names, name), Html($"<p>{name.Length} 正文</p>"), new UTF8Encoding(false));
        }

        File.WriteAllBytes(Path.Combine(names, "latin1-content.html"), Encoding.Latin1.GetBytes(Html("<p>caf\u00e9</p>")));

        var text = Directory.CreateDirectory(Path.Combine(root, "text")).FullName;
        File.WriteAllText(Path.Combine(text, "nonchars.txt"), "标题\uFFFE\n得分 \uFFFF 96 分\u0000\u0007\n", new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(text, "surrogates.md"), [.. "# 标题\n"u8, 0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF, .. "\n正文\n"u8]);
        File.WriteAllBytes(Path.Combine(text, "binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        File.WriteAllText(Path.Combine(text, "one-long-line.txt"), new string('数', 2_000_000));
        File.WriteAllText(Path.Combine(text, "deep.html"), Html(string.Concat(Enumerable.Repeat("<div>", 20_000)) + "深" + string.Concat(Enumerable.Repeat("</div>", 20_000))));
        File.WriteAllText(Path.Combine(text, "wide-table.html"), Html("<table><tr>" + string.Concat(Enumerable.Range(0, 5000).Select(i => $"<td colspan=\"1000\">{i}</td>")) + "</tr></table>"));
        using (var big = new StreamWriter(Path.Combine(text, "forty-megabytes.txt"), false, new UTF8Encoding(false)))
        {
            var line = string.Concat(Enumerable.Repeat("预算执行率 95.5% ", 40)) + "\n";
            for (var written = 0L; written < 40L * 1024 * 1024; written += Encoding.UTF8.GetByteCount(line))
            {
                big.Write(line);
            }
        }

        File.WriteAllText(Path.Combine(text, "README.md"), "# 安装说明\n\n运行 `./extract check`。\n");
        File.WriteAllBytes(Path.Combine(text, "empty.html"), []);
        File.WriteAllText(Path.Combine(text, "fake.pdf"), "not a pdf at all");
        File.WriteAllBytes(Path.Combine(text, "fake.docx"), [.. "PK\x03\x04"u8, .. new byte[100]]);

        var links = Directory.CreateDirectory(Path.Combine(root, "links")).FullName;
        File.WriteAllText(Path.Combine(links, "real.html"), Html("<h1>部门整体支出绩效自评报告</h1><p>真</p>"));
        File.CreateSymbolicLink(Path.Combine(links, "alias.html"), "real.html");
        File.CreateSymbolicLink(Path.Combine(links, "zero.pdf"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(links, "urandom.html"), "/dev/urandom");
        File.CreateSymbolicLink(Path.Combine(links, "dangling.docx"), "gone.docx");
        File.CreateSymbolicLink(Path.Combine(links, "self.pdf"), "self.pdf");
        Directory.CreateSymbolicLink(Path.Combine(links, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(links, "here"), ".");
        Directory.CreateSymbolicLink(Path.Combine(links, "root-of-names"), "../names");
        Fifo(Path.Combine(links, "pipe.pdf"));
        Fifo(Path.Combine(links, "pipe.html"));

        var pdfs = Directory.CreateDirectory(Path.Combine(root, "pdf")).FullName;
        File.WriteAllBytes(Path.Combine(pdfs, "huge-mediabox.pdf"), ScanPdf(14400, 14400, Jpeg()));
        File.WriteAllBytes(Path.Combine(pdfs, "bogus-jpeg.pdf"), ScanPdf(595, 842, [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a jpeg ", 50)))]));
        File.WriteAllBytes(Path.Combine(pdfs, "truncated.pdf"), ScanPdf(595, 842, Jpeg())[..200]);
        File.WriteAllBytes(Path.Combine(pdfs, "many-pages.pdf"), ManyPages(3000));

        // The tool's own output from an earlier run, inside the input.
        var earlier = Directory.CreateDirectory(Path.Combine(root, "earlier-output")).FullName;
        File.WriteAllText(Path.Combine(earlier, "report.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"generator\" content=\"extraction-report\"></head><body>旧报告</body></html>");
    }

    [Fact]
    public void A_hostile_folder_ends_with_a_status_for_every_input_and_outputs_that_agree()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        Build(input);
        var output = Path.Combine(input, "out"); // the output folder inside the input, as users do

        var (code, stderr, peak) = RunMeasured("check", input, "--out", output, "--jobs", "2", "--timeout", "600", "--no-evidence-images");
        Assert.True(code is 0 or 1, $"exit {code}: {stderr}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.True(peak < 2L * 1024 * 1024 * 1024, $"peak memory {peak / (1024 * 1024)} MB");

        var rows = BatchOutputsAgree.Check(output);
        void Expect(string file, string status)
        {
            var row = Assert.Single(rows, r => r.File == file);
            Assert.True(row.Status == status, $"{file}: expected {status}, found {row.Status}: {row.Reason}");
        }

        Expect("real.html", "ok");
        Assert.DoesNotContain(rows, r => r.File == "alias.html"); // the same document as real.html
        foreach (var skipped in new[] { "zero.pdf", "urandom.html", "dangling.docx", "self.pdf", "pipe.pdf", "pipe.html", "report.html" })
        {
            Expect(skipped, "skipped");
        }

        Expect("README.md", "skipped"); // not a report: listed with the classifier's reason, not analysed
        Expect("empty.html", "failed");
        Expect("fake.pdf", "failed");
        Assert.Contains("33,554,432", Assert.Single(rows, r => r.File == "forty-megabytes.txt").Reason, StringComparison.Ordinal); // the text limit, named
        Expect("many-pages.pdf", "partial");
        Expect("bogus-jpeg.pdf", "partial");
        Expect("huge-mediabox.pdf", "partial");
        Assert.Equal(17, rows.Count(r => r.Path.Contains("/names/", StringComparison.Ordinal)));

        // A second run reuses everything and agrees with the first.
        var (again, stderr2, _) = RunMeasured("check", input, "--out", output, "--jobs", "2", "--timeout", "600", "--no-evidence-images");
        Assert.Equal(code, again);
        var rerun = BatchOutputsAgree.Check(output);
        Assert.Equal(rows.Select(r => (r.Path, r.Status)).Order(), rerun.Select(r => (r.Path, r.Status)).Order());
        Assert.Contains(MessageCatalog.Default.Text("cli.summary", Language.Zh).Split("{reused}")[1][..6], stderr2, StringComparison.Ordinal); // "个沿用已存结果": the summary counts reused results
    }

    /// <summary>Runs the CLI, sampling the resident memory of it and its descendants every 50 ms.</summary>
    internal static (int Code, string Stderr, long PeakBytes) RunMeasured(params string[] args)
    {
        using var process = ExtractProcess.Start(args);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, TreeRss(process.Id));
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"extract {string.Join(' ', args)} did not finish in 5 minutes");
            }
        }

        return (process.ExitCode, stderr.Result, peak);
    }

    private static long TreeRss(int root)
    {
        var parents = new Dictionary<int, int>();
        var rss = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
                rss[pid] = long.Parse(fields[21], System.Globalization.CultureInfo.InvariantCulture) * Environment.SystemPageSize;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
            }
        }

        long total = 0;
        foreach (var pid in rss.Keys)
        {
            for (var p = pid; p > 1; p = parents.GetValueOrDefault(p))
            {
                if (p == root)
                {
                    total += rss[pid];
                    break;
                }
            }
        }

        return total;
    }

    /// <summary>A tiny valid baseline JPEG (25×36, three components, white), made by pdftoppm.</summary>
    private static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEAAwADAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAkABkDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD36iiigAooooAKKKKACiiigAooooAKKKKAP//Z");

    /// <summary>A one-page PDF whose page is only an image (DCT data as given).</summary>
    private static byte[] ScanPdf(int width, int height, byte[] jpeg) =>
        Assemble(
        [
            Encoding.Latin1.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.Latin1.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.Latin1.GetBytes($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>"),
            Stream(string.Empty, Encoding.Latin1.GetBytes($"q {width} 0 0 {height} 0 0 cm /Im1 Do Q")),
            Stream("/Type /XObject /Subtype /Image /Width 25 /Height 36 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", jpeg),
        ]);

    /// <summary>A PDF of <paramref name="count"/> text pages, most sharing one heavy content stream, so the
    /// reader's work budget runs out part-way.</summary>
    internal static byte[] ManyPages(int count)
    {
        var heavy = new StringBuilder("BT /F1 1 Tf ");
        for (var i = 0; i < 40_000; i++)
        {
            heavy.Append("1 0 0 1 10 10 Tm (x) Tj ");
        }

        heavy.Append("ET");
        var objects = new List<byte[]>
        {
            Encoding.Latin1.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.Latin1.GetBytes($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, count).Select(i => $"{i + 5} 0 R"))}] /Count {count} >>"),
            Stream(string.Empty, Encoding.Latin1.GetBytes(heavy.ToString())),
            Encoding.Latin1.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        for (var i = 0; i < count; i++)
        {
            objects.Add(Encoding.Latin1.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>"));
        }

        return Assemble(objects);
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.Latin1.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n"), .. data, .. "\nendstream"u8];

    private static byte[] Assemble(IReadOnlyList<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.Latin1.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return pdf.ToArray();
    }
}
