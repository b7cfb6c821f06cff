using System.Security.Cryptography;
using System.Text;

namespace Extraction.Output.Files;

/// <summary>Chooses DIR/&lt;source file name&gt;.json for each input. Names come from the file system only, never
/// from document text. When several inputs share a file name, the first by ordinal full path keeps the plain
/// name and each other gets "&lt;name&gt;~&lt;8 hex of SHA-256 of its full path&gt;.json", so reruns over the same
/// inputs give the same names and no result overwrites another.</summary>
public static class OutputNames
{
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> sourcePaths)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in sourcePaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var plain = Safe(Path.GetFileName(path)) + ".json";
            var name = taken.Add(plain) ? plain : Safe(Path.GetFileName(path)) + "~" + ShortHash(path) + ".json";
            taken.Add(name);
            names[path] = name;
        }

        return names;
    }

    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    // A file name from the file system is already a valid name; guard against the few that would be special here.
    private static string Safe(string name) =>
        name.StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal) || name.StartsWith('.') ? "_" + name : name;
}
