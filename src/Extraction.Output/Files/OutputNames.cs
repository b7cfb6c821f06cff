using System.Security.Cryptography;
using System.Text;

namespace Extraction.Output.Files;

/// <summary>Chooses DIR/&lt;source file name&gt;.json for each input. Names come from the file system only, never
/// from document text. When several inputs share a file name, the first by ordinal full path keeps the plain
/// name and each other gets "&lt;name&gt;~&lt;8 hex of SHA-256 of its full path&gt;.json", so reruns over the same
/// inputs give the same names and no result overwrites another. A name that would pass the file system's
/// 255-byte limit is cut and gets the same hash suffix.</summary>
public static class OutputNames
{
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> sourcePaths)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in sourcePaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var stem = Safe(Path.GetFileName(path));
            var plain = Encoding.UTF8.GetByteCount(stem) + 5 <= MaxNameBytes ? stem + ".json" : Fit(stem, "~" + ShortHash(path) + ".json");
            var name = taken.Add(plain) ? plain : Fit(stem, "~" + ShortHash(path) + ".json");
            taken.Add(name);
            names[path] = name;
        }

        return names;
    }

    /// <summary>The longest file name common Linux file systems (ext4, xfs, btrfs, tmpfs) accept, in bytes.</summary>
    public const int MaxNameBytes = 255;

    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    // Cuts the stem (whole characters, never half a surrogate pair) so that stem + suffix fits in MaxNameBytes.
    private static string Fit(string stem, string suffix)
    {
        var budget = MaxNameBytes - Encoding.UTF8.GetByteCount(suffix);
        var length = 0;
        var bytes = 0;
        foreach (var rune in stem.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }

        return stem[..length] + suffix;
    }

    // A file name from the file system is already a valid name; guard against the few that would be special here.
    private static string Safe(string name) =>
        name.StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal) || name.StartsWith('.') ? "_" + name : name;
}
