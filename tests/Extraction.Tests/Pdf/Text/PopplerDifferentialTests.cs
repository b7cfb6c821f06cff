using Extraction.Model;
using Extraction.Pdf;
using Extraction.Reading;

namespace Extraction.Tests.Pdf.Text;

/// <summary>Every text PDF in the corpus: the characters our text rendering contains agree with
/// pdftotext's at ≥ 99.5 % (multiset of non-whitespace characters).</summary>
public sealed class PopplerDifferentialTests
{
    public static TheoryData<string> TextPdfs()
    {
        var data = new TheoryData<string>();
        var root = CorpusRoot();
        foreach (var group in new[] { "seeds", "realdocs" })
        {
            var dir = Path.Combine(root, group);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(dir, "*.pdf").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextPdfs))]
    public void Text_agrees_with_pdftotext(string relativePath)
    {
        var path = Path.Combine(CorpusRoot(), relativePath);
        var theirs = PopplerDifferential.Pdftotext(path);
        Assert.True(theirs is not null, "pdftotext (poppler-utils) is required for the differential test");

        var document = new PdfReader().Read(new SourceFile(path), ReaderOptions.Default, CancellationToken.None);
        if (theirs.Trim('\f', '\n', ' ').Length == 0)
        {
            // An image-only PDF: poppler finds no text, and neither may we; its pages go to OCR.
            Assert.All(document.Pages, p => Assert.Equal(PageKind.NeedsOcr, p.Kind));
            return;
        }

        var ours = DocumentText.Render(document);
        var agreement = PopplerDifferential.Agreement(ours, theirs, out var report);
        Assert.True(agreement >= 0.995, $"{relativePath}: agreement {agreement:P2}; {report}");
    }

    internal static string CorpusRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "corpus", "seeds")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("corpus/ not found above the test binaries") : Path.Combine(dir.FullName, "corpus");
    }
}
