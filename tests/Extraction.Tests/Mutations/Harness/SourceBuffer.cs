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

    /// <summary>Longest markup between two characters of one token (a run's properties are a few hundred characters).</summary>
    private const int MaxGap = 4000;
    private readonly string _path;
    private readonly int[] _map;

    /// <summary>Per key character: the document has something between it and the previous key character — a character
    /// the key leaves out (an operator, a space, a table bar) or a paragraph/cell/line break —, so the two are not
    /// digits of one number even though they touch in <see cref="Key"/>.</summary>
    private readonly bool[] _apart;

    private SourceBuffer(string path, string text, IEnumerable<(int Start, int End)> editable, bool markup)
    {
        _path = path;
        Text = text;
        var key = new StringBuilder();
        var map = new List<int>();
        var apart = new List<bool>();
        var dropped = false;
        foreach (var (start, end) in editable)
        {
            for (var i = start; i < end; i++)
            {
                // An entity (&nbsp; &gt;) is one character of the document, never part of a number.
                var semicolon = markup && text[i] == '&' ? text.IndexOf(';', i, Math.Min(10, end - i)) : -1;
                if (semicolon > 0)
                {
                    i = semicolon;
                    dropped = true;
                    continue;
                }

                var c = KeyChar(text[i]);
                if (c == '\0')
                {
                    dropped = true;
                    continue;
                }

                var previous = map.Count > 0 ? map[^1] : -1;
                var gap = i - previous - 1;
                apart.Add(previous >= 0 && (dropped || (gap > 0 && (gap > MaxGap || Boundary().IsMatch(text.AsSpan(previous + 1, gap))))));
                key.Append(c);
                map.Add(i);
                dropped = false;
            }
        }

        Key = key.ToString();
        _map = [.. map];
        _apart = [.. apart];
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

    /// <summary>Where key span [<paramref name="keyIndex"/>, +<paramref name="keyLength"/>) sits in <see cref="Text"/>:
    /// one offset per character, so a token written over several Word runs or HTML inline elements is edited where its
    /// characters are; null when something lies between two of its characters in the document (an operator, a space,
    /// a paragraph, cell or line break: then it is not one token).</summary>
    public Placement? Place(int keyIndex, int keyLength)
    {
        if (keyIndex < 0 || keyIndex + keyLength > _map.Length || keyLength == 0)
        {
            return null;
        }

        return Enumerable.Range(keyIndex + 1, keyLength - 1).Any(i => _apart[i]) ? null : new Placement(_map[keyIndex..(keyIndex + keyLength)]);
    }

    /// <summary>Whether key characters <paramref name="keyIndex"/> − 1 and <paramref name="keyIndex"/> are written
    /// together (nothing but run or inline markup between them); false at either end of the key.</summary>
    public bool Touching(int keyIndex) => keyIndex > 0 && keyIndex < _apart.Length && !_apart[keyIndex];

    /// <summary>The text with the token at <paramref name="at"/> replaced by <paramref name="replacement"/>: characters
    /// that change are edited in place (each in its own run); when the length changes, the differing middle is written
    /// where its first character was and the rest of the old middle removed.</summary>
    public string Edited(Placement at, string replacement)
    {
        var offsets = at.Offsets;
        var text = new StringBuilder(Text);
        if (offsets.Count == replacement.Length)
        {
            for (var i = 0; i < offsets.Count; i++)
            {
                if (KeyChar(Text[offsets[i]]) != replacement[i])
                {
                    text[offsets[i]] = replacement[i];
                }
            }

            return text.ToString();
        }

        var prefix = 0;
        while (prefix < offsets.Count && prefix < replacement.Length && KeyChar(Text[offsets[prefix]]) == replacement[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < offsets.Count - prefix && suffix < replacement.Length - prefix
            && KeyChar(Text[offsets[offsets.Count - 1 - suffix]]) == replacement[replacement.Length - 1 - suffix])
        {
            suffix++;
        }

        var insertAt = prefix < offsets.Count - suffix || prefix == 0 ? offsets[prefix] : offsets[prefix - 1] + 1;
        for (var i = offsets.Count - suffix - 1; i >= prefix; i--)
        {
            text.Remove(offsets[i], 1);
        }

        text.Insert(insertAt, replacement[prefix..(replacement.Length - suffix)]);
        return text.ToString();
    }

    /// <summary>Writes <paramref name="text"/> (this source's text, edited) as a copy of the source under
    /// <paramref name="directory"/>, named <paramref name="name"/> (default: the original file name; the extension
    /// picks the reader).</summary>
    public string WriteCopy(string directory, string text, string? name = null)
    {
        var target = Path.Combine(directory, (name ?? Path.GetFileNameWithoutExtension(_path)) + Extension);
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

    /// <summary>Markup between two characters of one token that ends its line: a Word paragraph, cell, break or tab;
    /// an HTML block, cell or line break.</summary>
    [GeneratedRegex(@"</?(?:w:p|w:tc|w:br|w:cr|w:tab|p|div|td|th|tr|li|h[1-6]|table|br)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"<w:t(?:\s[^>]*)?>(?<t>[^<]*)</w:t>")]
    private static partial Regex WordRuns();
}
