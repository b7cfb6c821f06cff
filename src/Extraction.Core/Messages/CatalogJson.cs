using System.Text.Json.Serialization;

namespace Extraction.Messages;

/// <summary>The catalog's JSON shape (id → template), generated at build time.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class CatalogJson : JsonSerializerContext;
