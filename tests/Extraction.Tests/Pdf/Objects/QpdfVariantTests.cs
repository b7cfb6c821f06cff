using Extraction.Pdf.Structure;
using Extraction.Reading;

namespace Extraction.Tests.Pdf.Objects;

/// <summary>Files rewritten by qpdf (encryption of every standard kind, object and xref streams, QDF,
/// linearisation) and damaged copies: the reader must see what qpdf sees in the intact file.</summary>
public sealed class QpdfVariantTests : IDisposable
{
    private readonly string _dir = PdfCorpus.ScratchDirectory();

    public static TheoryData<string, string> Variants
    {
        get
        {
            var data = new TheoryData<string, string>();
            var sources = new[] { "corpus/seeds/seed000.pdf", "corpus/realdocs/shanghai-putuo-justice-2026-dept-budget.pdf" };
            var variants = new[]
            {
                "rc4-40", "rc4-128", "aes-128", "aes-256-r5", "aes-256-r6", "object-streams", "qdf", "linearized",
                "uncompressed", "aes-256-object-streams",
            };
            foreach (var source in sources)
            {
                foreach (var variant in variants)
                {
                    data.Add(source, variant);
                }
            }

            return data;
        }
    }

    public static TheoryData<string, string> Damages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var source in new[] { "corpus/seeds/seed001.pdf", "corpus/realdocs/shanghai-putuo-social-work-2024-final-accounts.pdf" })
            {
                foreach (var damage in new[] { "shifted-offsets", "junk-before-header", "bad-startxref", "no-xref-no-trailer", "wrong-lengths", "wrong-lengths-object-streams" })
                {
                    data.Add(source, damage);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Rewritten_file_reads_like_qpdf(string source, string variant)
    {
        var output = Path.Combine(_dir, variant + ".pdf");
        var input = PdfCorpus.PathOf(source);
        string[] args = variant switch
        {
            "rc4-40" => ["--allow-weak-crypto", "--encrypt", "", "owner", "40", "--extract=n", "--"],
            "rc4-128" => ["--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n", "--extract=n", "--"],
            "aes-128" => ["--encrypt", "", "owner", "128", "--use-aes=y", "--extract=n", "--"],
            "aes-256-r5" => ["--allow-weak-crypto", "--encrypt", "", "owner", "256", "--force-R5", "--extract=n", "--"],
            "aes-256-r6" => ["--encrypt", "", "owner", "256", "--extract=n", "--"],
            "aes-256-object-streams" => ["--object-streams=generate", "--encrypt", "", "owner", "256", "--extract=n", "--"],
            "object-streams" => ["--object-streams=generate"],
            "qdf" => ["--qdf", "--object-streams=disable"],
            "linearized" => ["--linearize"],
            _ => ["--stream-data=uncompress"],
        };
        var (code, _, stderr) = QpdfOracle.Run([.. args, input, output]);
        Assert.True(code == 0, stderr);
        using (var file = PdfFile.Open(output))
        {
            Assert.Equal(variant.StartsWith("rc4", StringComparison.Ordinal) || variant.StartsWith("aes", StringComparison.Ordinal), file.IsEncrypted);
            Assert.False(file.WasRecovered, string.Join("; ", file.Problems.Select(p => p.Message)));
            // Strings are decrypted per object: the document information reads as in the source.
            using var original = PdfFile.Open(input);
            Assert.Equal(Info(original), Info(file));
        }

        OracleAssert.SameAsQpdf(output);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void Damaged_file_is_recovered_with_the_intact_content(string source, string damage)
    {
        var input = PdfCorpus.PathOf(source);
        var intact = input;
        if (damage == "wrong-lengths-object-streams")
        {
            intact = Path.Combine(_dir, "intact-objstm.pdf");
            Assert.Equal(0, QpdfOracle.Run("--object-streams=generate", "--compress-streams=n", input, intact).ExitCode);
        }
        else if (damage == "wrong-lengths")
        {
            intact = Path.Combine(_dir, "intact-uncompressed.pdf");
            Assert.Equal(0, QpdfOracle.Run("--object-streams=disable", input, intact).ExitCode);
        }

        var bytes = File.ReadAllBytes(intact);
        var damaged = damage switch
        {
            "shifted-offsets" => PdfDamage.ShiftOffsets(bytes, 37),
            "junk-before-header" => PdfDamage.JunkBeforeHeader(bytes),
            "bad-startxref" => PdfDamage.BreakStartxref(bytes),
            "no-xref-no-trailer" => PdfDamage.DropTail(bytes),
            _ => PdfDamage.WrongLengths(bytes),
        };
        var path = Path.Combine(_dir, damage + ".pdf");
        File.WriteAllBytes(path, damaged);
        using (var file = PdfFile.Open(path))
        {
            foreach (var page in file.Pages)
            {
                page.GetContentBytes();
            }

            Assert.NotEmpty(file.Problems); // the damage was noticed, not silently misread
        }

        OracleAssert.SameAsQpdf(path, oraclePath: intact);
    }

    [Fact]
    public void File_with_a_user_password_is_reported_clearly_and_opens_with_it()
    {
        var output = Path.Combine(_dir, "user-password.pdf");
        Assert.Equal(0, QpdfOracle.Run("--encrypt", "secret", "owner", "256", "--", PdfCorpus.PathOf("corpus/seeds/seed002.pdf"), output).ExitCode);
        var error = Assert.Throws<DocumentReadException>(() => PdfFile.Open(output));
        Assert.Equal("pdf", error.Stage);
        Assert.Contains("user (open) password", error.Message, StringComparison.Ordinal);
        OracleAssert.SameAsQpdf(output, password: "secret");
        using var withOwner = PdfFile.Open(output, password: "owner");
        Assert.Equal(12, withOwner.Pages.Count);
    }

    [Fact]
    public void Rc4_file_with_a_user_password_opens_with_the_owner_password()
    {
        var output = Path.Combine(_dir, "rc4-user.pdf");
        Assert.Equal(0, QpdfOracle.Run("--allow-weak-crypto", "--encrypt", "secret", "owner", "128", "--use-aes=n", "--", PdfCorpus.PathOf("corpus/seeds/seed003.pdf"), output).ExitCode);
        Assert.Throws<DocumentReadException>(() => PdfFile.Open(output));
        OracleAssert.SameAsQpdf(output, password: "owner");
    }

    private static string Info(PdfFile file)
    {
        var info = file.Trailer.GetDictionary("Info");
        Assert.NotNull(info);
        return string.Join("|", info.Items.Keys.Order(StringComparer.Ordinal).Select(k => k + "=" + (info.GetString(k)?.ToText() ?? "")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
