using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Extraction.Tests.Mutations;

/// <summary>The editable text of a source file where a tester would type: an HTML file's text nodes, a Word
/// file's word/document.xml &lt;w:t&gt; runs, a Markdown or text file's characters. <see cref="Key"/> is that
/// text reduced to letters, digits and number punctuation (what survives every reader), with a map back to
/// offsets in <see cref="Text"/>, so a place found in the pipeline's output can be found in the file.</summary>
internal sealed partial class SourceBuffer
{
    private const string DocxPart = "word/document.xml";
    private readonly string _path;
    private readonly int[] _map;

    private SourceBuffer(string path, string text, IEnumerable<(int Start, int End)> editable, bool markup)
    {
        _path = path;
        Text = text;
        var key = new StringBuilder();
        var map = new List<int>();
        foreach (var (start, end) in editable)
        {
            for (var i = start; i < end; i++)
            {
                // An entity (&nbsp; &gt;) is one character of the document, never part of a number.
                var semicolon = markup && text[i] == '&' ? text.IndexOf(';', i, Math.Min(10, end - i)) : -1;
                if (semicolon > 0)
                {
                    i = semicolon;
                    continue;
                }

                var c = KeyChar(text[i]);
                if (c != '\0')
                {
                    key.Append(c);
                    map.Add(i);
                }
            }
        }

        Key = key.ToString();
        _map = [.. map];
    }

    public string Text { get; }

    public string Key { get; }

    public string Extension => Path.GetExtension(_path).ToLowerInvariant();

    public static SourceBuffer Load(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".docx")
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(DocxPart) ?? throw new InvalidDataException($"{path}: expected {DocxPart} in the package, found none");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            return new SourceBuffer(path, xml, WordRuns().Matches(xml).Select(m => (m.Groups["t"].Index, m.Groups["t"].Index + m.Groups["t"].Length)), markup: true);
        }

        var text = File.ReadAllText(path, Encoding.UTF8);
        // Markdown carries HTML tables and tags too; plain text has none.
        return extension is ".html" or ".htm" or ".md" or ".markdown"
            ? new SourceBuffer(path, text, HtmlTextNodes(text), markup: true)
            : new SourceBuffer(path, text, [(0, text.Length)], markup: false);
    }

    /// <summary>Normalised character for the key, or '\0' for characters the key leaves out.</summary>
    public static char KeyChar(char ch)
    {
        var c = Extraction.Text.TextNormalizer.ToHalfWidth(ch);
        return char.IsLetterOrDigit(c) || c is '.' or ',' or '%' ? c : '\0';
    }

    public static string KeyOf(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = KeyChar(ch);
            if (c != '\0')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Offset in <see cref="Text"/> of key position <paramref name="keyIndex"/>; null when the key span is
    /// not one contiguous run of the file (a number split over tags or runs cannot be edited in one place).</summary>
    public int? TextOffset(int keyIndex, int keyLength)
    {
        if (keyIndex < 0 || keyIndex + keyLength > _map.Length || keyLength == 0)
        {
            return null;
        }

        var start = _map[keyIndex];
        return _map[keyIndex + keyLength - 1] - start == keyLength - 1 ? start : null;
    }

    /// <summary>Writes a copy of the source with <paramref name="length"/> characters at <paramref name="offset"/>
    /// replaced, under <paramref name="directory"/> with the original file name (the extension picks the reader).</summary>
    public string WriteCopy(string directory, int offset, int length, string replacement)
    {
        var text = string.Concat(Text.AsSpan(0, offset), replacement, Text.AsSpan(offset + length));
        var target = Path.Combine(directory, Path.GetFileName(_path));
        if (Extension != ".docx")
        {
            File.WriteAllText(target, text, new UTF8Encoding(false));
            return target;
        }

        File.Copy(_path, target, overwrite: true);
        using (var zip = ZipFile.Open(target, ZipArchiveMode.Update))
        {
            zip.GetEntry(DocxPart)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(DocxPart).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }

        return target;
    }

    private static IEnumerable<(int Start, int End)> HtmlTextNodes(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                yield return (i, html.Length);
                yield break;
            }

            yield return (i, lt);
            var gt = html.IndexOf('>', lt);
            if (gt < 0)
            {
                yield break;
            }

            var tag = html[(lt + 1)..gt].TrimStart('/').Split(' ', 2)[0].ToLowerInvariant();
            i = gt + 1;
            // Script, style and the head's title are not the document's text.
            if (tag is "script" or "style" or "title" && !html[lt + 1].Equals('/'))
            {
                var close = html.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
    }

    [GeneratedRegex(@"<w:t(?:\s[^>]*)?>(?<t>[^<]*)</w:t>")]
    private static partial Regex WordRuns();
}
