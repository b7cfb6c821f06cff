using System.Diagnostics;
using System.Globalization;
using System.Text;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Reading;

namespace Extraction.Pdf.Structure;

/// <summary>Deterministic mutation fuzzing of the object layer: truncations, byte flips, corrupted offsets
/// and lengths, deep nesting, huge numbers, spliced chunks, damaged keywords, on top of seeds that already
/// contain reference cycles and decompression bombs. Each case is opened and fully exercised (every object
/// resolved, every stream decoded, every page tokenised).</summary>
internal static class PdfFuzzHarness
{
    private static readonly string[] Keywords = ["obj", "endobj", "stream", "endstream", "xref", "trailer", "startxref", "/Length", "/Kids", "/Contents", "R"];

    /// <summary>Small files built in code, covering the structures the mutations then damage.</summary>
    public static List<(string Name, byte[] Data)> SyntheticSeeds()
    {
        var seeds = new List<(string, byte[])>();
        var doc = Document(out var root);
        seeds.Add(("synthetic-classic", doc.Build(root)));
        seeds.Add(("synthetic-objstm", doc.BuildCompressed(root)));

        var cyclic = new SyntheticPdf();
        var pages = cyclic.Add("<< /Type /Pages /Kids [2 0 R 1 0 R 2 0 R 9 0 R] /Count 3 /Resources 4 0 R >>");
        cyclic.Add("<< /Type /Page /Parent 1 0 R /Contents [3 0 R 3 0 R 8 0 R] /Resources 4 0 R >>");
        cyclic.AddStream("/Extra 3 0 R", "BT (loop) Tj ET"u8.ToArray(), flate: true);
        cyclic.Add("<< /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> /Self 4 0 R >>");
        cyclic.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Descendant 5 0 R >>");
        cyclic.AddStream("/Type /XObject /Subtype /Form /Resources 4 0 R", "/X Do"u8.ToArray());
        var catalog = cyclic.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        cyclic.Set(8, "<< /Length 8 0 R >>");
        cyclic.Set(9, "9 0 R");
        seeds.Add(("synthetic-cycles", cyclic.Build(catalog, "/Prev 0")));

        var bomb = new SyntheticPdf();
        var bombPages = bomb.Add("<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
        bomb.Add("<< /Type /Page /Parent 1 0 R /Contents 3 0 R /MediaBox [0 0 10 10] >>");
        bomb.AddStream("/Filter /FlateDecode", SyntheticPdf.Deflate(new byte[32 * 1024 * 1024]));
        seeds.Add(("synthetic-bomb", bomb.Build(bomb.Add($"<< /Type /Catalog /Pages {bombPages} 0 R >>"))));
        return seeds;
    }

    public static PdfFuzzResult Run(IReadOnlyList<(string Name, byte[] Data)> seeds, int cases, int seed, ReaderOptions options, TimeSpan hangThreshold)
    {
        var random = new Random(seed);
        var opened = 0;
        var rejected = 0;
        var crashes = 0;
        var hangs = 0;
        var maxMs = 0.0;
        var failures = new List<string>();
        var mutations = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < cases; i++)
        {
            var (name, data) = seeds[random.Next(seeds.Count)];
            var mutated = Mutate(data, random, out var kind);
            mutations[kind] = mutations.GetValueOrDefault(kind) + 1;
            var watch = Stopwatch.StartNew();
            var outcome = RunCase(mutated, options);
            watch.Stop();
            maxMs = Math.Max(maxMs, watch.Elapsed.TotalMilliseconds);
            if (watch.Elapsed > hangThreshold)
            {
                hangs++;
                Note(failures, $"case {i} ({name}, {kind}): took {watch.Elapsed.TotalSeconds:0.0} s");
            }

            switch (outcome)
            {
                case null:
                    opened++;
                    break;
                case PdfInternalErrorException or not DocumentReadException:
                    crashes++;
                    Note(failures, $"case {i} ({name}, {kind}): {outcome.GetType().Name}: {outcome.Message} {outcome.InnerException?.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
                    break;
                default:
                    rejected++;
                    break;
            }
        }

        return new PdfFuzzResult(cases, opened, rejected, crashes, hangs, maxMs, total.Elapsed.TotalSeconds, failures, mutations);
    }

    /// <summary>Opens and exercises one file; returns the exception that escaped, or null.</summary>
    public static Exception? RunCase(byte[] data, ReaderOptions options)
    {
        try
        {
            using var file = PdfFile.Open(data, options);
            Exercise(file);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ex;
        }
    }

    /// <summary>Resolves every object, decodes every stream, tokenises every page. Typed errors from one
    /// stream or page do not stop the rest (as a reader skips one bad page); anything else propagates.</summary>
    public static void Exercise(PdfFile file)
    {
        foreach (var page in file.Pages)
        {
            Attempt(() => page.GetOperations().Count());
        }

        foreach (var number in file.ObjectNumbers.Take(100_000).ToArray())
        {
            Attempt(() =>
            {
                if (file.Resolve(number) is PdfStream stream)
                {
                    stream.Decode();
                }

                return 0;
            });
        }
    }

    private static void Attempt(Func<int> action)
    {
        try
        {
            action();
        }
        catch (DocumentReadException ex) when (ex is not PdfInternalErrorException)
        {
            // Typed rejection of one part: allowed.
        }
    }

    public static byte[] Mutate(byte[] input, Random random, out string kind)
    {
        var choice = random.Next(10);
        switch (choice)
        {
            case 0:
                kind = "truncate";
                return input[..random.Next(input.Length)];
            case 1:
                kind = "flip-bytes";
                var flipped = (byte[])input.Clone();
                for (var k = random.Next(1, 17); k > 0; k--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case 2:
                kind = "corrupt-offsets";
                return ReplaceNumbers(input, random, near: null, huge: false);
            case 3:
                kind = "corrupt-lengths";
                return ReplaceNumbers(input, random, near: "/Length", huge: false);
            case 4:
                kind = "deep-nesting";
                var open = random.Next(2) == 0 ? "[" : "<< /K ";
                var depth = random.Next(10, 50_000);
                return Insert(input, random.Next(input.Length), Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(open, depth))));
            case 5:
                kind = "huge-numbers";
                return ReplaceNumbers(input, random, near: null, huge: true);
            case 6:
                kind = "splice";
                var start = random.Next(input.Length);
                var length = random.Next(Math.Min(4096, input.Length - start) + 1);
                return random.Next(2) == 0
                    ? Insert(input, random.Next(input.Length), input[start..(start + length)])
                    : [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
            case 7:
                kind = "damage-keywords";
                return DamageKeyword(input, random);
            case 8:
                kind = "reference-rewire";
                return Rewire(input, random);
            default:
                kind = "intact";
                return input;
        }
    }

    private static byte[] Insert(byte[] input, int at, byte[] insert) => [.. input.AsSpan(0, at), .. insert, .. input.AsSpan(at)];

    private static byte[] ReplaceNumbers(byte[] input, Random random, string? near, bool huge)
    {
        var text = Encoding.Latin1.GetString(input);
        var output = new StringBuilder(text);
        for (var attempt = random.Next(1, 6); attempt > 0; attempt--)
        {
            int at;
            if (near is not null)
            {
                at = text.IndexOf(near, random.Next(text.Length), StringComparison.Ordinal);
                at = at < 0 ? text.IndexOf(near, StringComparison.Ordinal) : at + near.Length;
                if (at < 0)
                {
                    break;
                }
            }
            else
            {
                at = random.Next(text.Length);
            }

            while (at < text.Length && !char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            var end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end == at)
            {
                continue;
            }

            string replacement = huge
                ? random.Next(5) switch
                {
                    0 => "99999999999999999999999999",
                    1 => "2147483648",
                    2 => "-1",
                    3 => "9223372036854775807",
                    _ => "1e400",
                }
                : random.Next(0, (int)Math.Min(int.MaxValue, Math.Pow(10, Math.Min(9, end - at)))).ToString(CultureInfo.InvariantCulture).PadLeft(end - at, '0');
            output.Remove(at, end - at).Insert(at, replacement);
            text = output.ToString();
        }

        return Encoding.Latin1.GetBytes(output.ToString());
    }

    private static byte[] DamageKeyword(byte[] input, Random random)
    {
        var output = (byte[])input.Clone();
        var keyword = Encoding.ASCII.GetBytes(Keywords[random.Next(Keywords.Length)]);
        var from = random.Next(output.Length);
        var at = output.AsSpan(from).IndexOf(keyword);
        at = at >= 0 ? from + at : output.AsSpan().IndexOf(keyword);
        if (at >= 0)
        {
            output.AsSpan(at, keyword.Length).Fill((byte)(random.Next(2) == 0 ? ' ' : 'x'));
        }

        return output;
    }

    /// <summary>Points a random reference at another object number (often creating cycles).</summary>
    private static byte[] Rewire(byte[] input, Random random)
    {
        var text = Encoding.Latin1.GetString(input);
        var at = text.IndexOf(" 0 R", random.Next(text.Length), StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(" 0 R", StringComparison.Ordinal);
        }

        var start = at;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        if (at <= 0 || start == at)
        {
            return input;
        }

        var target = random.Next(1, 40).ToString(CultureInfo.InvariantCulture);
        return Encoding.Latin1.GetBytes(text[..start] + target + text[at..]);
    }

    private static void Note(List<string> failures, string message)
    {
        if (failures.Count < 50)
        {
            failures.Add(message);
        }
    }

    private static SyntheticPdf Document(out int root)
    {
        var pdf = new SyntheticPdf();
        var pages = pdf.Add("<< /Type /Pages /Kids [2 0 R 3 0 R 9 0 R] /Count 3 /MediaBox [0 0 595 842] /Resources 5 0 R /Rotate 90 >>");
        pdf.Add("<< /Type /Page /Parent 1 0 R /Contents 4 0 R /CropBox [10 10 500 800] >>");
        pdf.Add("<< /Type /Page /Parent 1 0 R /Contents [4 0 R 6 0 R] /Rotate -90 >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes("q 1 0 0 1 72 720 cm BT /F1 12 Tf (Hello \\(world\\) \\101) Tj [(A) -250 <4142>] TJ ET Q\nBI /W 2 /H 2 /CS /G /BPC 8 ID \u0001 EI\u0002 EI\n/X1 Do"), flate: true);
        pdf.Add("<< /Font << /F1 7 0 R >> /XObject << /X1 8 0 R >> >>");
        pdf.AddStream("/Filter /ASCIIHexDecode", Encoding.ASCII.GetBytes(Convert.ToHexString("0 0 1 rg 0 0 10 10 re f"u8) + ">"));
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources 5 0 R", "BT /F1 8 Tf (form) Tj ET"u8.ToArray(), flate: true);
        pdf.Add("<< /Type /Pages /Parent 1 0 R /Kids [10 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 9 0 R /Contents 11 0 R >>");
        pdf.AddStream("/Filter /LZWDecode", [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01]);
        root = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        return pdf;
    }
}
