using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Output.Reports;

/// <summary>Reads and writes the per-document JSON. Decimals are JSON numbers written with their printed
/// scale (36.10 stays 36.10); names are snake_case; nulls are written, so every contract field is present.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Chinese stays readable in the file; HTML-sensitive characters are still escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { SchemaFirst },
        },
    };

    public static string Serialize(Report report) => JsonSerializer.Serialize(report, Options);

    /// <summary>Parses a stored result; throws <see cref="JsonException"/> when it is not one.</summary>
    public static Report Deserialize(string json) =>
        JsonSerializer.Deserialize<Report>(json, Options) ?? throw new JsonException("expected a report object, found null");

    // Contract order: "schema" first; computed helper properties are not part of the file, except status and
    // status_reason (written for the file's readers, recomputed on reading).
    private static void SchemaFirst(System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        if (info.Type != typeof(Report))
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name is "failed" or "worst_severity")
            {
                info.Properties.RemoveAt(i);
            }
        }

        var schema = info.Properties.First(p => p.Name == "schema");
        info.Properties.Remove(schema);
        info.Properties.Insert(0, schema);
    }
}
