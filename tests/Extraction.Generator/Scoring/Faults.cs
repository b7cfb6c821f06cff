using System.Text.Json;

namespace Extraction.Generator.Scoring;

/// <summary>One line per thing the scorer counted against a document, for reading misses without opening two JSON files:
/// tab-separated, the kind first (missed, row, total, false) so the list sorts and greps by it.</summary>
internal static class Faults
{
    public static IReadOnlyList<string> List(JsonElement? missed, IReadOnlyDictionary<string, JsonElement> mentions, IReadOnlyList<JsonElement> rowsMissed,
        JsonElement? totalWrong, JsonElement document, IReadOnlyList<JsonElement> cleanFindings)
    {
        var lines = new List<string>();
        if (missed is { } m)
        {
            var mention = m.GetProperty("mention").GetString()!;
            var key = mentions.TryGetValue(mention, out var f) ? Key(f) : mention;
            lines.Add($"missed\t{m.GetProperty("target_kind").GetString()}\t{m.GetProperty("operator").GetString()}\t{m.GetProperty("origin").GetString()}"
                + $"\t{m.GetProperty("from").GetString()} → {m.GetProperty("to").GetString()}\t{key}\tbroken {Join(m, "broken_kinds")}\tchecks {Join(m, "checks")}");
        }

        foreach (var r in rowsMissed)
        {
            var path = string.Join(" / ", r.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
            var scores = string.Join(" ", r.GetProperty("scores").EnumerateObject().Select(s => $"{s.Name} {s.Value.GetProperty("value").GetDecimal()}"));
            lines.Add($"row\t{path}\tweight {r.GetProperty("weight").GetDecimal()} {scores}");
        }

        if (totalWrong is { } t)
        {
            var grade = t.TryGetProperty("grade", out var g) ? g.GetString() : null;
            var statedGrade = document.TryGetProperty("stated_grade", out var sg) && sg.ValueKind == JsonValueKind.String ? sg.GetString() : "—";
            lines.Add($"total\ttruth {t.GetProperty("value").GetDecimal()} {grade}\tstated {Scorer.Dec(document, "stated_total")?.ToString() ?? "—"} {statedGrade}");
        }

        foreach (var finding in cleanFindings)
        {
            lines.Add($"false\t{finding.GetProperty("check").GetString()}:{finding.GetProperty("severity").GetString()}\t{OneLine(finding.GetProperty("message").GetString())}");
        }

        return lines;
    }

    private static string Key(JsonElement figure)
    {
        var qualifiers = figure.TryGetProperty("qualifiers", out var q) && q.ValueKind == JsonValueKind.Object
            ? string.Join(",", q.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()))
            : "";
        var measure = figure.TryGetProperty("measure", out var ms) ? ms.GetString() : "";
        return $"{measure} [{qualifiers}] \"{figure.GetProperty("text").GetString()}\"";
    }

    private static string Join(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? string.Join(",", a.EnumerateArray().Select(x => x.GetString())) : "";

    private static string OneLine(string? s) => (s ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
