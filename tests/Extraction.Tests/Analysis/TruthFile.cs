using System.Globalization;
using System.Text.Json;
using Extraction.Tests.Corpus;

namespace Extraction.Tests.Analysis;

/// <summary>Reads corpus/truth/seedNNN.truth.json.</summary>
internal static class TruthFile
{
    public static JsonDocument Load(string id) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("corpus", "truth", id + ".truth.json")));

    public static decimal? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? decimal.Parse(v.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
