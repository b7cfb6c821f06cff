using System.Text.Json.Serialization;

namespace Extraction.Ocr.Recognition;

/// <summary>The cached observation's JSON, generated at build time (the same shape the reflection serializer wrote,
/// so entries cached before stay readable; no reflection, so the Native AOT extract-text can use the cache).</summary>
[JsonSerializable(typeof(PageObservation))]
internal sealed partial class ObservationJson : JsonSerializerContext;
