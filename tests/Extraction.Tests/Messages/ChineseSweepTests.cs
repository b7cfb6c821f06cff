using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Results;
using Extraction.Tests.Corpus;
using Extraction.Tests.Output;
using Extraction.Tests.Pdf.Objects;

namespace Extraction.Tests.Messages;

/// <summary>Every problem and finding the real pipeline gives — on the corpus documents and on hostile inputs built
/// here (empty, lying extensions, broken packages, damaged and password-protected PDFs, markup nested too deep, a
/// legacy .doc, a blank scan through OCR) — renders in Chinese without an English word coming from the code: what is left of the Chinese text
/// after removing the document's own words (file names, font names, text quoted from the document) holds only the
/// abbreviations a Chinese reviewer reads as such. Each also renders in English.</summary>
public sealed partial class ChineseSweepTests
{
    // Arguments that name things of the file itself (its name, a font's name, an encoding) rather than words of ours.
    private static readonly HashSet<string> NameArgs = new(StringComparer.Ordinal) { "file", "path", "font", "cmap", "encoding", "extension" };

    [Fact]
    public void Corpus_problems_and_findings_read_in_chinese()
    {
        var root = RepositoryPaths.Combine("corpus");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => InputExtensions.Contains(Path.GetExtension(f)) && !f.Contains(Path.DirectorySeparatorChar + "src" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !f.EndsWith(".expected.json", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md" && Path.GetFileName(f) != "SOURCES.md")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(files.Length >= 20, $"expected the corpus documents, found {files.Length}");
        var checkedMessages = Sweep(files);
        Assert.True(checkedMessages > 50, $"expected many messages on the corpus, found {checkedMessages}");
    }

    [Fact]
    public void Problems_on_hostile_inputs_read_in_chinese()
    {
        using var folder = new TempFolder();
        var seed = RepositoryPaths.Combine("corpus", "seeds", "seed001.pdf");
        var pdf = File.ReadAllBytes(seed);
        File.WriteAllBytes(folder.File("empty.pdf"), []);
        File.WriteAllText(folder.File("lying.pdf"), "<html><body><p>不是PDF</p></body></html>");
        File.WriteAllText(folder.File("lying.png"), "这是文字，不是图像");
        File.WriteAllBytes(folder.File("corrupt.docx"), [.. "PK\u0003\u0004"u8.ToArray(), .. Enumerable.Repeat((byte)0x41, 400)]);
        File.WriteAllBytes(folder.File("legacy.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Enumerable.Repeat((byte)0, 600)]);
        WriteZip(folder.File("notword.docx"), ("readme.txt", "一个压缩包"));
        WriteZip(folder.File("badxml.docx"),
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>未闭合"));
        File.WriteAllBytes(folder.File("truncated.pdf"), pdf[..(pdf.Length * 2 / 3)]);
        File.WriteAllBytes(folder.File("garbage.pdf"), [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 37 % 251))]);
        File.WriteAllBytes(folder.File("badxref.pdf"), BreakStartXref(pdf));
        File.WriteAllText(folder.File("deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 6000)) + "部门整体支出绩效自评报告</body></html>", Encoding.UTF8);
        File.WriteAllText(folder.File("deep.md"), "# 绩效自评报告\n\n<table>" + string.Concat(Enumerable.Repeat("<tr><td><table>", 300)) + "</table>\n\n正文。\n", Encoding.UTF8);
        File.WriteAllText(folder.File("charset.html"), "<html><head><meta charset=\"utf-8\"></head><body><p>", Encoding.UTF8);
        File.AppendAllText(folder.File("charset.html"), "部门预算执行率为95%。</p></body></html>", Encoding.GetEncoding("utf-16"));
        var (code, _, stderr) = QpdfOracle.Run("--encrypt", "user-secret", "owner-secret", "256", "--", seed, folder.File("locked.pdf"));
        Assert.True(code == 0, stderr);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        Sweep(Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).ToArray(), ids);

        // A blank scan goes through OCR (seconds; the blank page is noticed before any recognition).
        var scans = Directory.CreateDirectory(folder.File("scans")).FullName;
        File.WriteAllBytes(Path.Combine(scans, "blank.png"), BlankPng(600, 800));
        Sweep([Path.Combine(scans, "blank.png")], ids, ocr: true);
        // The reasons must be the readers' own, not a generic wrapper around English.
        foreach (var id in new[] { "problem.empty", "problem.wrong_content", "problem.no_reader", "term.content_olecompound", "problem.docx_xml_malformed", "problem.pdf_password", "problem.pdf_damaged", "problem.html_too_deep", "problem.md_table_too_deep", "problem.ocr_blank_page" })
        {
            Assert.True(ids.Contains(id), $"expected {id} among the problems, found {string.Join(", ", ids.Order(StringComparer.Ordinal))}");
        }
    }

    private static int Sweep(IReadOnlyList<string> files, HashSet<string>? ids = null, bool ocr = false)
    {
        var stages = ocr ? Extraction.Cli.Composition.Stages() : Extraction.Cli.Composition.Stages() with { Recognizer = null };
        var pipeline = new Extraction.Pipeline.DocumentPipeline(stages, ReaderOptions.Default);
        var count = 0;
        var failures = new List<string>();
        foreach (var path in files)
        {
            var result = pipeline.Process(new SourceFile(path), CancellationToken.None);
            var text = result.Document is { } document ? DocumentText.Render(document) : string.Empty;
            var messages = result.Problems.Select(p => p.Text ?? Msg.Raw(p.Message))
                .Concat(result.Findings.SelectMany(f => new[] { f.Message, f.Relation, f.Convention }).OfType<Msg>());
            foreach (var message in messages)
            {
                count++;
                Collect(message, ids);
                var zh = message.Render(Language.Zh);
                var en = message.Render(Language.En);
                var left = English(Strip(zh, message, text));
                if (message.IsRaw || left.Length > 0 || Unfilled().IsMatch(zh) || Unfilled().IsMatch(en) || en.Length == 0)
                {
                    failures.Add($"{Path.GetFileName(path)}: {message.Id}: \"{zh}\" ({(message.IsRaw ? "not from the catalog" : string.Join(", ", left))})");
                }
            }
        }

        Assert.True(failures.Count == 0, "English inside Chinese messages:\n" + string.Join("\n", failures.Distinct().Take(40)));
        return count;
    }

    private static void Collect(Msg message, HashSet<string>? ids)
    {
        ids?.Add(message.Id);
        foreach (var value in message.Args.Values.Where(v => v.StartsWith('@') && !v.StartsWith("@@", StringComparison.Ordinal) && !v.StartsWith("@~", StringComparison.Ordinal)))
        {
            ids?.Add(value[1..]);
        }
    }

    // Removes what the document itself says: names of the file and its parts, and literal arguments found in its text.
    private static string Strip(string rendered, Msg message, string documentText)
    {
        foreach (var (name, value) in message.Args.OrderByDescending(a => a.Value.Length))
        {
            if (value.Length == 0 || value.StartsWith('@') || name.EndsWith("_en", StringComparison.Ordinal))
            {
                continue;
            }

            if (NameArgs.Contains(name) || Quoted(documentText, value))
            {
                rendered = rendered.Replace(value, " ", StringComparison.Ordinal);
            }
        }

        return rendered;
    }

    private static bool Quoted(string documentText, string value) =>
        documentText.Contains(value, StringComparison.Ordinal) || Squash(documentText).Contains(Squash(value), StringComparison.Ordinal);

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    private static string[] English(string text) =>
        [.. Word().Matches(text).Select(m => m.Value).Where(w => !CatalogTests.AllowedLatin.Contains(w)).Distinct()];

    private static byte[] BlankPng(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height, SkiaSharp.SKColorType.Gray8, SkiaSharp.SKAlphaType.Opaque);
        bitmap.Erase(SkiaSharp.SKColors.White);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void WriteZip(string path, params (string Name, string Text)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
    }

    // The startxref offset points into the middle of the file: the reader rebuilds the cross-references by scanning.
    private static byte[] BreakStartXref(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var end = text.IndexOf("%%EOF", at, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text[..at] + "startxref\n123\n" + text[end..]);
    }

    private static readonly HashSet<string> InputExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".html", ".htm", ".md", ".txt" };

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{[a-z_0-9]+\}")]
    private static partial Regex Unfilled();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
