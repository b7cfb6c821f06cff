using Extraction.Layout;
using Extraction.Model;
using Extraction.Pdf.Content;
using Extraction.Pdf.Tables;

namespace Extraction.Pdf.Text;

/// <summary>Turns one interpreted page into model blocks: glyphs cleaned, grouped into words; ruled tables
/// built from the page's rules and words; the remaining words into lines, borderless tables from aligned
/// text, and paragraphs; blocks in
/// reading order (top to bottom). A page with no text but a page-sized image is marked for OCR.</summary>
internal sealed class PageAssembler
{
    /// <summary>Share of the page an image must cover for a text-less page to count as scanned.</summary>
    private const double ScanCoverage = 0.5;

    private readonly RuledTableBuilder _tables;
    private readonly AlignedGridBuilder _aligned = new();

    public PageAssembler(TableBuilderOptions? tableOptions = null)
    {
        _tables = new RuledTableBuilder(tableOptions);
    }

    /// <summary>The page's blocks; the ruling facts of each table built from rules go into
    /// <paramref name="rims"/> (for joining tables continued over page breaks).</summary>
    public Page Assemble(int number, PageContent content, IDictionary<Table, TableRims>? rims = null)
    {
        var glyphs = GlyphCleaner.Clean(content.Glyphs);
        if (!glyphs.Any(g => !string.IsNullOrWhiteSpace(g.Text)))
        {
            var kind = IsScanned(content) ? PageKind.NeedsOcr : PageKind.Text;
            return new Page(number, [], content.Width, content.Height, kind);
        }

        var words = WordBuilder.Build(glyphs, content.Rulings);
        var fragments = words.Select(WordBuilder.ToFragment).ToList();
        var built = _tables.Build(number, content.Rulings, fragments);
        foreach (var table in built)
        {
            if (rims is not null && table.Rims is not null)
            {
                rims[table.Table] = table.Rims;
            }
        }

        var used = new HashSet<int>(built.SelectMany(t => t.FragmentIndexes));

        // Tables with partial rules (three-line, header-only, horizontal-only): rules where drawn, alignment elsewhere.
        var free = content.Rulings.Where(s => !built.Any(t => Inside(t.Box, s))).ToList();
        built = [.. built, .. _aligned.Build(number, free, fragments, used)];

        // Tables without any rule: alignment alone (columns carried over from the page before when one continues).
        built = [.. built, .. _aligned.BuildBorderless(number, fragments, used)];
        var rest = words.Where((_, i) => !used.Contains(i)).ToList();

        var lines = LineBuilder.Build(rest);
        var (aligned, prose) = AlignedTableDetector.Detect(number, lines);
        var paragraphs = ParagraphBuilder.Build(number, prose);

        var blocks = new List<(double Top, double Left, Block Block)>();
        blocks.AddRange(built.Select(t => (t.Box.Top, t.Box.Left, (Block)t.Table)));
        blocks.AddRange(aligned.Select(t => (t.Provenance.Box!.Value.Top, t.Provenance.Box!.Value.Left, (Block)t)));
        blocks.AddRange(paragraphs.Select(p => (p.Provenance.Box!.Value.Top, p.Provenance.Box!.Value.Left, (Block)p)));
        var ordered = blocks.OrderBy(b => b.Top).ThenBy(b => b.Left).Select(b => b.Block).ToList();
        return new Page(number, ordered, content.Width, content.Height) { Words = words.Select(w => new PageWord(w.Text, w.Box)).ToArray() };
    }

    private static bool Inside(BoundingBox box, RulingSegment s) =>
        Math.Min(s.X1, s.X2) >= box.Left - 2 && Math.Max(s.X1, s.X2) <= box.Right + 2 && Math.Min(s.Y1, s.Y2) >= box.Top - 2 && Math.Max(s.Y1, s.Y2) <= box.Bottom + 2;

    private static bool IsScanned(PageContent content)
    {
        var pageArea = content.Width * content.Height;
        return pageArea > 0 && content.Images.Any(i =>
        {
            var left = Math.Max(0, i.Box.Left);
            var top = Math.Max(0, i.Box.Top);
            var right = Math.Min(content.Width, i.Box.Right);
            var bottom = Math.Min(content.Height, i.Box.Bottom);
            return right > left && bottom > top && (right - left) * (bottom - top) >= ScanCoverage * pageArea;
        });
    }
}
