using Extraction.Model;
using Extraction.Ocr;
using Extraction.Ocr.Imaging;
using Extraction.Ocr.Recognition;
using Extraction.Ocr.Tools;
using Extraction.Reading;
using Extraction.Text;

namespace Extraction.Tests.Ocr;

/// <summary>End-to-end OCR on a real scanned score-table page (tesseract and poppler must be installed,
/// as .ci/run does). Each test uses its own cold cache folder.</summary>
public sealed class RecognizerTests : IDisposable
{
    private static readonly string Scan = Path.Combine(RepoRoot(), "corpus", "seeds", "seed002.scan.pdf");
    private readonly string _temp = Directory.CreateTempSubdirectory("ocr-tests-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Engine_is_available_here()
    {
        Assert.True(new OcrRecognizer().IsAvailable(out var reason), reason);
    }

    [Theory]
    [InlineData(OcrEngine.Paddle)]
    [InlineData(OcrEngine.Tesseract)]
    public void Scanned_score_table_page_becomes_a_table_with_numbers_and_confidences(OcrEngine engine)
    {
        var recognizer = new OcrRecognizer(OcrOptions.Default with { CacheDirectory = Path.Combine(_temp, "cache"), Engine = engine });
        var page = Assert.Single(recognizer.Recognize(new SourceFile(Scan), [new Page(6, [], 842.04, 595.44, PageKind.NeedsOcr)], CancellationToken.None));

        Assert.Equal(PageKind.Recognised, page.Kind);
        var table = Assert.Single(page.Blocks.OfType<Table>());
        var grid = table.ToGrid();
        Assert.Equal(3m, NumberRightOf(table, grid, "预算编制合理性"));
        Assert.Equal(5m, NumberRightOf(table, grid, "预算编制准确性"));
        Assert.Contains(table.Cells, c => c.Text == "1.5");
        Assert.Contains(table.Cells, c => c.Text == "91.12");
        Assert.All(table.Cells.Where(c => c.Text.Length > 0), c => Assert.InRange(c.Provenance.Confidence!.Value, 0.0, 1.0));
        Assert.All(page.Blocks.OfType<Paragraph>(), p => Assert.NotNull(p.Provenance.Confidence));
        Assert.Contains(page.Blocks.OfType<Paragraph>(), p => p.Text.Contains("湛江市民政局", StringComparison.Ordinal));
        // Boxes in points on the landscape page.
        Assert.All(table.Cells, c => Assert.InRange(c.Provenance.Box!.Value.Right, 0, 842.04));
    }

    [Fact]
    public void Degraded_image_file_low_resolution_noisy_on_its_side_and_skewed_is_still_read_and_cached()
    {
        var image = Poppler.RenderPage(Scan, 6, 150, TimeSpan.FromMinutes(1), CancellationToken.None);
        // Scanned on its side (a quarter turn clockwise) and 1° off.
        image = SkiaImaging.Rotate(image, 1, 1.0);
        TestImages.AddNoise(image, 0.003, 11);
        var path = Path.Combine(_temp, "degraded.png");
        File.WriteAllBytes(path, TestImages.Png(image, 150));

        var file = new SourceFile(path);
        var document = new ImageReader().Read(file, ReaderOptions.Default, CancellationToken.None);
        var pending = Assert.Single(document.Pages);
        Assert.Equal(PageKind.NeedsOcr, pending.Kind);

        var cache = Path.Combine(_temp, "cache");
        var recognizer = new OcrRecognizer(OcrOptions.Default with { CacheDirectory = cache });
        var page = Assert.Single(recognizer.Recognize(file, document.Pages, CancellationToken.None));
        var table = Assert.Single(page.Blocks.OfType<Table>());
        // The grid survives intact (10 columns; header, total and three indicator rows), and so do the
        // total and the running text; single lone digits may be lost at this quality.
        Assert.Equal(10, table.ColumnCount);
        Assert.InRange(table.RowCount, 7, 8);
        Assert.Contains(table.Cells, c => c.Text == "91.12");
        Assert.Contains(table.Cells, c => c.Text.Contains("编制", StringComparison.Ordinal) && c.Column == 4);
        Assert.Contains(page.Blocks.OfType<Paragraph>(), p => p.Text.Contains("湛江市民政局", StringComparison.Ordinal));
        Assert.InRange(page.Width!.Value, 841, 843); // 150 dpi image → points

        // Read turned back by three quarters; boxes map back onto the stored (sideways) image: the total's
        // cell holds ink there.
        Assert.Equal(3, page.QuarterTurns);
        var total = table.Cells.First(c => c.Text == "91.12").Provenance.Box!.Value;
        var stored = new Extraction.Output.Reports.PageFrames([page]).ToStored(page.Number, total)!.Value;
        Assert.Equal(image.Width * 72.0 / 150, new Extraction.Output.Reports.PageFrames([page]).Sizes.Single().Width, 1.0);
        // Cut from the stored image there and turned upright, the crop reads 91.12.
        var (left, top) = ((int)(stored.Left * 150 / 72), (int)(stored.Top * 150 / 72));
        var (width, height) = ((int)(stored.Right * 150 / 72) - left, (int)(stored.Bottom * 150 / 72) - top);
        var crop = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(image.Pixels, ((top + y) * image.Width) + left, crop, y * width, width);
        }

        var upright = SkiaImaging.Rotate(new GrayImage(width, height, crop), 3);
        var engine = Extraction.Ocr.Paddle.PaddleEngine.Shared(OcrOptions.Default, out _)!;
        Assert.Contains("91.12", engine.Recognize([upright], CancellationToken.None)[0].Text, StringComparison.Ordinal);

        // The rerun reads the cache: an entry was written, and altering it shows in the result.
        var entry = Assert.Single(Directory.GetFiles(cache, "*.json", SearchOption.AllDirectories));
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("91.12", "77.77", StringComparison.Ordinal));
        var again = Assert.Single(recognizer.Recognize(file, document.Pages, CancellationToken.None));
        Assert.Contains(again.Blocks.OfType<Table>().Single().Cells, c => c.Text == "77.77");
    }

    [Fact]
    public void Blank_page_gives_a_problem_not_a_crash()
    {
        var observation = PageImageAnalyzer.Analyze(GrayImage.Blank(600, 800), 300, OcrOptions.Default, new TesseractWordReader(OcrOptions.Default, _temp), CancellationToken.None);
        var page = PageAssembler.Assemble(3, observation, null, null);
        Assert.Empty(page.Blocks);
        var problem = Assert.Single(page.Problems);
        Assert.Contains("blank", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Page);
    }

    [Fact]
    public void Unreadable_page_gives_a_problem_and_the_other_pages_survive()
    {
        var recognizer = new OcrRecognizer(OcrOptions.Default with { CacheDirectory = null });
        var pages = recognizer.Recognize(new SourceFile(Scan), [new Page(99, [], Kind: PageKind.NeedsOcr)], CancellationToken.None);
        var page = Assert.Single(pages);
        Assert.Equal(PageKind.NeedsOcr, page.Kind);
        Assert.Contains("page 99", Assert.Single(page.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_tool_names_the_packages_to_install()
    {
        var ex = Assert.Throws<ToolMissingException>(() =>
            ProcessRunner.Run("tesseract-not-installed-here", ["--version"], TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.Contains("apt-get install", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tesseract-ocr tesseract-ocr-chi-sim", ToolMissingException.Packages("tesseract"), StringComparison.Ordinal);
    }

    private static decimal? NumberRightOf(Table table, TableCell?[,] grid, string label)
    {
        var cell = table.Cells.FirstOrDefault(c => TextNormalizer.Key(c.Text).EndsWith(label, StringComparison.Ordinal));
        if (cell is null)
        {
            var sb = new System.Text.StringBuilder();
            DocumentText.AppendTable(sb, table);
            Assert.Fail($"no cell ending in {label} in:\n{sb}");
        }

        var right = grid[cell.Row, cell.LastColumn + 1];
        return right is not null && PrintedNumber.TryParse(right.Text, out var n) ? n.Value : null;
    }

    private static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Extraction.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
