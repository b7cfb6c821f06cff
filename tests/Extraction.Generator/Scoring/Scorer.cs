using System.Globalization;
using System.Text.Json;

namespace Extraction.Generator.Scoring;

/// <summary>Judges one document from two files only: its truth (extraction.generated/v1) and the pipeline's per-document
/// JSON (extraction.report/v1). Matching rules are in docs/generated.md.</summary>
public static class Scorer
{
    /// <summary>Tables read (for the structure measure) come from `<id>.tables.json` beside the report when it exists.</summary>
    public static DocScore Score(string route, string truthPath, string? reportPath)
    {
        using var truthDoc = JsonDocument.Parse(File.ReadAllText(truthPath));
        var truth = truthDoc.RootElement;
        var id = truth.GetProperty("id").GetString()!;
        var kind = truth.GetProperty("genre").GetString()!;
        var clean = truth.GetProperty("variant").GetString() == "clean";
        var mutation = truth.GetProperty("mutation");
        var planted = mutation.ValueKind == JsonValueKind.Object ? mutation : (JsonElement?)null;
        var rows = truth.GetProperty("score_rows").EnumerateArray().ToList();
        var totals = truth.GetProperty("totals").EnumerateArray().ToList();
        var figures = truth.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("unit").GetString() != "grade").ToList();
        var textFigures = figures.Where(f => f.GetProperty("origin").GetString() != "cell").ToList();
        var cellFigures = figures.Where(f => f.GetProperty("origin").GetString() == "cell").ToList();
        var baseScore = new DocScore(route, id, kind, clean, false)
        {
            Rows = rows.Count,
            Figures = textFigures.Count,
            Cells = cellFigures.Count,
            Totals = totals.Count == 0 ? 0 : 2,
            TargetKind = planted?.GetProperty("target_kind").GetString(),
            Origin = planted?.GetProperty("origin").GetString(),
            Operator = planted?.GetProperty("operator").GetString(),
            Detected = planted is null ? null : false,
            Structure = TableStructure.Compare(TableStructure.TruthTables(truth), []),
        };
        if (reportPath is null || !File.Exists(reportPath))
        {
            return baseScore;
        }

        using var reportDoc = JsonDocument.Parse(File.ReadAllText(reportPath));
        var report = reportDoc.RootElement;
        var indicators = report.GetProperty("indicators").EnumerateArray().ToList();
        var outFigures = report.GetProperty("figures").EnumerateArray().ToList();
        var findings = report.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() is "error" or "warning").ToList();
        var mentions = truth.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f);

        var tablesPath = Path.ChangeExtension(reportPath, ".tables.json");
        IReadOnlyList<TableStructure.Grid> read = [];
        if (File.Exists(tablesPath))
        {
            using var tablesDoc = JsonDocument.Parse(File.ReadAllText(tablesPath));
            read = TableStructure.ReadTables(tablesDoc.RootElement);
        }

        var detected = planted is { } p ? findings.Any(f => Matches(f, p, mentions, rows)) : (bool?)null;
        var document = report.GetProperty("document");
        var rowsMissed = rows.Where(r => !RowFound(r, indicators)).ToList();
        var totalsRight = totals.Count == 0 ? 0 : TotalsRight(truth, totals, document);
        return baseScore with
        {
            Read = true,
            Structure = TableStructure.Compare(TableStructure.TruthTables(truth), read),
            RowsExact = rows.Count - rowsMissed.Count,
            FiguresFound = Found(textFigures, outFigures),
            CellsFound = Found(cellFigures, outFigures),
            TotalsRight = totalsRight,
            Detected = detected,
            Errors = clean ? findings.Count(f => f.GetProperty("severity").GetString() == "error") : 0,
            Warnings = clean ? findings.Count(f => f.GetProperty("severity").GetString() == "warning") : 0,
            ErrorChecks = clean ? [.. findings.Select(f => f.GetProperty("check").GetString()! + ":" + f.GetProperty("severity").GetString())] : [],
            Faults = Faults.List(planted is { } q && detected == false ? q : null, mentions, rowsMissed,
                totals.Count > 0 && totalsRight < 2 ? totals[^1] : null, document, clean ? findings : []),
        };
    }

    /// <summary>A row is exact when an indicator with the same leaf name has the truth's weight and, for every score column,
    /// the truth's score (the last column is "score"; an earlier self column is "self_score").</summary>
    private static bool RowFound(JsonElement row, IReadOnlyList<JsonElement> indicators)
    {
        var path = row.GetProperty("path").EnumerateArray().Select(p => p.GetString()!).ToList();
        var leaf = Name(path[^1]);
        var weight = row.GetProperty("weight").GetDecimal();
        var scores = row.GetProperty("scores").EnumerateObject().ToDictionary(s => s.Name, s => s.Value.GetProperty("value").GetDecimal());
        var main = scores.TryGetValue("verified", out var v) ? v : scores.Values.Last();
        decimal? self = scores.ContainsKey("verified") ? scores["self"] : null;
        return indicators.Any(i =>
        {
            var ipath = i.GetProperty("path").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
            return ipath.Count > 0 && Name(ipath[^1]) == leaf
                && Dec(i, "weight") == weight && Dec(i, "score") == main
                && (self is null || Dec(i, "self_score") == self);
        });
    }

    /// <summary>Truth figures found among the output figures: same value in the printed unit (or the same amount in 元), each
    /// output figure used once.</summary>
    private static int Found(IReadOnlyList<JsonElement> truthFigures, IReadOnlyList<JsonElement> outFigures)
    {
        var pool = outFigures.Select(f => (Value: Dec(f, "value"), Yuan: Dec(f, "value_yuan"), Used: false)).ToList();
        var found = 0;
        foreach (var t in truthFigures)
        {
            var value = t.GetProperty("value").GetDecimal();
            var yuan = Dec(t, "value_yuan");
            var i = pool.FindIndex(p => !p.Used && (p.Value == value || (yuan is not null && p.Yuan == yuan)));
            if (i >= 0)
            {
                pool[i] = pool[i] with { Used = true };
                found++;
            }
        }

        return found;
    }

    /// <summary>Stated total and stated grade against the truth's last score column (verified in a verification report).
    /// The grade is right when it is one the document prints for that column: the text of a grade mention whose grade
    /// relation's operand is that total or a mention of the same quantity. A planted wrong grade is then the stated grade
    /// (as a planted total already is the stated total); where the column's grade is printed twice, either is stated.</summary>
    private static int TotalsRight(JsonElement truth, IReadOnlyList<JsonElement> totals, JsonElement document)
    {
        var main = totals[^1];
        var right = 0;
        if (Dec(document, "stated_total") == main.GetProperty("value").GetDecimal())
        {
            right++;
        }

        var printed = PrintedGrades(truth, main);
        if (document.TryGetProperty("stated_grade", out var g) && g.ValueKind == JsonValueKind.String
            && g.GetString() is { Length: > 0 } stated && printed.Any(p => p.Length > 0 && p[0] == stated[0]))
        {
            right++;
        }

        return right;
    }

    /// <summary>The grades the document prints for one total (the truth's grade when none is printed).</summary>
    private static List<string> PrintedGrades(JsonElement truth, JsonElement total)
    {
        var mention = total.GetProperty("mention").GetString();
        var same = truth.GetProperty("groups").EnumerateArray()
            .Select(g => g.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()).ToHashSet())
            .FirstOrDefault(m => m.Contains(mention)) ?? [mention];
        var results = truth.GetProperty("relations").EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "grade" && r.GetProperty("operands").EnumerateArray().Any(o => same.Contains(o.GetString())))
            .Select(r => r.GetProperty("result").GetString()).ToHashSet();
        if (total.TryGetProperty("grade_mention", out var gm) && gm.ValueKind == JsonValueKind.String)
        {
            results.Add(gm.GetString());
        }

        var printed = truth.GetProperty("figures").EnumerateArray()
            .Where(f => results.Contains(f.GetProperty("id").GetString())).Select(f => f.GetProperty("text").GetString() ?? "").ToList();
        return printed.Count > 0 ? printed : [total.GetProperty("grade").GetString() ?? ""];
    }

    /// <summary>A finding matches the planted error when its check is one the truth accepts and it touches the change:
    /// its stated or computed value is the value of a mention the broken relations or group hold (the changed one at its
    /// new value), or its evidence quotes, message or indicator name one of them.</summary>
    public static bool Matches(JsonElement finding, JsonElement planted, IReadOnlyDictionary<string, JsonElement> mentions, IReadOnlyList<JsonElement> rows)
    {
        var check = finding.GetProperty("check").GetString();
        if (!planted.GetProperty("checks").EnumerateArray().Any(c => c.GetString() == check))
        {
            return false;
        }

        var changed = planted.GetProperty("mention").GetString()!;
        var numbers = new List<(decimal Value, string Text)>();
        foreach (var m in planted.GetProperty("touch").EnumerateArray().Select(t => t.GetString()!))
        {
            if (!mentions.TryGetValue(m, out var f))
            {
                continue;
            }

            numbers.Add((f.GetProperty("value").GetDecimal(), f.GetProperty("number").GetString()!));
            if (m == changed)
            {
                numbers.Add((planted.GetProperty("to_value").GetDecimal(), f.GetProperty("number").GetString()!));
            }
        }

        var stated = Dec(finding, "stated");
        var computed = Dec(finding, "computed");
        if (numbers.Any(n => Same(stated, n.Value) || Same(computed, n.Value)))
        {
            return true;
        }

        var quotes = finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("quote").GetString() ?? "")
            .Append(finding.GetProperty("message").GetString() ?? "").ToList();
        var changedText = planted.GetProperty("to").GetString()!;
        if (quotes.Any(q => q.Contains(Strip(changedText), StringComparison.Ordinal) || numbers.Any(n => n.Text.Length >= 3 && q.Contains(n.Text, StringComparison.Ordinal))))
        {
            return true;
        }

        if (finding.TryGetProperty("indicator", out var ind) && ind.ValueKind == JsonValueKind.Array && ind.GetArrayLength() > 0)
        {
            var leaf = Name(ind.EnumerateArray().Last().GetString() ?? "");
            var touch = planted.GetProperty("touch").EnumerateArray().Select(t => t.GetString()).ToHashSet();
            return rows.Any(r => Name(r.GetProperty("path").EnumerateArray().Last().GetString()!) == leaf
                && (touch.Contains(r.GetProperty("weight_mention").GetString()) || r.GetProperty("scores").EnumerateObject().Any(s => touch.Contains(s.Value.GetProperty("mention").GetString()))));
        }

        return false;
    }

    private static bool Same(decimal? a, decimal b) => a is { } x && (x == b || x == b * 10000m || x * 10000m == b);

    private static string Strip(string text) => text.TrimEnd('分', '%', '元', '万');

    private static string Name(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"'))]);

    internal static decimal? Dec(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal()
        : e.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.String && decimal.TryParse(s.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
}
