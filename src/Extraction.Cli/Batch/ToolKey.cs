using System.Security.Cryptography;

namespace Extraction.Cli.Batch;

/// <summary>Identifies the build and rule set that produce results: SHA-256 over the product's assemblies and
/// any rule files shipped beside them. Builds are deterministic, so the same sources give the same key and a
/// rerun reuses stored results; any change to code or rules changes the key and reprocesses.</summary>
internal static class ToolKey
{
    private static readonly Lazy<string> Current = new(Compute);

    public static string Value => Current.Value;

    private static string Compute()
    {
        var root = AppContext.BaseDirectory;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f =>
            {
                var name = Path.GetFileName(f);
                var extension = Path.GetExtension(f).ToLowerInvariant();
                return (extension == ".dll" && (name == "extract.dll" || (name.StartsWith("Extraction.", StringComparison.Ordinal) && !name.Contains(".Tests", StringComparison.Ordinal) && !name.Contains("Benchmarks", StringComparison.Ordinal))))
                    || extension is ".yaml" or ".yml";
            })
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Replace('\\', '/') + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(root, file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
