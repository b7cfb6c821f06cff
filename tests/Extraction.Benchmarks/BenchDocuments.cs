using System.Globalization;
using System.Text;

namespace Extraction.Benchmarks;

/// <summary>The distributed benchmark's documents, each with its own content: the corpus's text documents
/// (Word, HTML, text, PDF) in <c>copies</c> variants, and scanned PDFs — the corpus's two scans plus page images of
/// its text PDFs rendered at 150 dpi into image-only PDFs (so every scan is OCRed, none hits another's cache).</summary>
internal static class BenchDocuments
{
    public static string Text(string folder, int copies)
    {
        Directory.CreateDirectory(folder);
        var seeds = Path.Combine("corpus", "seeds");
        var originals = Directory.GetFiles(seeds).Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && !f.Contains(".scan.", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine("corpus", "producers"), "*.pdf"));
        foreach (var file in originals)
        {
            // Word files once: a zip takes no trailing bytes, and an identical copy would be computed once by the store.
            for (var copy = 0; copy < (Path.GetExtension(file) == ".docx" ? 1 : copies); copy++)
            {
                var target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(file)}.{copy}{Path.GetExtension(file)}");
                File.Copy(file, target);
                // A distinct hash per copy: trailing newlines for text, and a comment after %%EOF for PDF.
                if (Path.GetExtension(file) is ".txt" or ".html" or ".pdf")
                {
                    File.AppendAllText(target, new string('\n', copy + 1) + (Path.GetExtension(file) == ".pdf" ? "%copy" + copy.ToString(CultureInfo.InvariantCulture) + "\n" : string.Empty), Encoding.ASCII);
                }
            }
        }

        return folder;
    }

    public static string Scanned(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var seeds = Path.Combine("corpus", "seeds");
        var made = 0;
        foreach (var scan in new[] { "seed002.scan.pdf", "seed003.scan.pdf" }.Take(count))
        {
            File.Copy(Path.Combine(seeds, scan), Path.Combine(folder, scan));
            made++;
        }

        foreach (var pdf in new[] { "seed000.pdf", "seed001.pdf", "seed003.pdf", "seed002.pdf" }.Take(count - made))
        {
            var pages = Path.Combine(folder, "pages-" + Path.GetFileNameWithoutExtension(pdf));
            Directory.CreateDirectory(pages);
            DistributedBench.Tool("pdftoppm", ["-r", "150", "-gray", "-png", Path.Combine(seeds, pdf), Path.Combine(pages, "p")]);
            DistributedBench.Tool("/usr/bin/python3", ["-c", ImagesToPdf, Path.Combine(folder, Path.GetFileNameWithoutExtension(pdf) + ".image.pdf"), pages]);
            Directory.Delete(pages, true);
        }

        return folder;
    }

    public static int Pages(string file)
    {
        if (Path.GetExtension(file) != ".pdf")
        {
            return 1;
        }

        var info = DistributedBench.Tool("pdfinfo", [file]);
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return line is null ? 1 : int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private const string ImagesToPdf = """
        import sys, os
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        out, folder = sys.argv[1], sys.argv[2]
        c = None
        for name in sorted(os.listdir(folder)):
            image = ImageReader(os.path.join(folder, name))
            w, h = image.getSize()
            size = (w * 72.0 / 150, h * 72.0 / 150)
            if c is None:
                c = canvas.Canvas(out, pagesize=size)
            c.setPageSize(size)
            c.drawImage(image, 0, 0, width=size[0], height=size[1])
            c.showPage()
        c.save()
        """;
}
