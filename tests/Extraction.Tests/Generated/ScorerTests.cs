using System.Text.Json;
using System.Text.Json.Nodes;
using Extraction.Generator;
using Extraction.Generator.Scoring;

namespace Extraction.Tests.Generated;

/// <summary>The scorer judges from JSON files only: a report that restates the truth scores full marks, an empty one
/// scores nothing, and a finding counts for a planted error only with an accepted check touching the change.</summary>
public sealed class ScorerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("scorer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_report_that_restates_the_truth_scores_full_and_an_empty_one_nothing()
    {
        var g = GeneratedSet.Build(seed: 77, count: 3)[0];
        var truth = Write("t.json", g.Truth);
        var perfect = Scorer.Score("x", truth, Write("p.json", Report(g.Truth, findings: [])));
        Assert.True(perfect.Rows > 0);
        Assert.Equal(perfect.Rows, perfect.RowsExact);
        Assert.Equal(perfect.Figures, perfect.FiguresFound);
        Assert.Equal(perfect.Totals, perfect.TotalsRight);
        var empty = Scorer.Score("x", truth, Write("e.json", EmptyReport()));
        Assert.Equal(0, empty.RowsExact + empty.FiguresFound + empty.TotalsRight);
    }

    [Fact]
    public void A_finding_matches_a_planted_error_only_with_an_accepted_check_touching_the_change()
    {
        var g = GeneratedSet.Build(seed: 77, count: 3).First(d => d.Planted is not null);
        var p = g.Planted!;
        var truth = Write("t.json", g.Truth);
        var right = Finding(p.Checks[0], p.ToValue);
        Assert.True(Scorer.Score("x", truth, Write("r.json", Report(g.Truth, [right]))).Detected);
        var wrongCheck = Finding("year_mismatch", p.ToValue);
        Assert.False(Scorer.Score("x", truth, Write("w.json", Report(g.Truth, [wrongCheck]))).Detected);
        var elsewhere = Finding(p.Checks[0], 123456.78m);
        Assert.False(Scorer.Score("x", truth, Write("o.json", Report(g.Truth, [elsewhere]))).Detected);
    }

    [Fact]
    public void Faults_name_the_missed_error_the_rows_and_total_not_read_and_findings_on_clean_copies()
    {
        var docs = GeneratedSet.Build(seed: 77, count: 3);
        var mutated = docs.First(d => d.Planted is not null);
        var missed = Scorer.Score("x", Write("t.json", mutated.Truth), Write("e.json", EmptyReport()));
        Assert.Contains(missed.Faults, f => f.StartsWith("missed\t" + mutated.Planted!.TargetKind, StringComparison.Ordinal));
        Assert.Equal(missed.Rows, missed.Faults.Count(f => f.StartsWith("row\t", StringComparison.Ordinal)));
        Assert.Equal(missed.Totals > 0, missed.Faults.Any(f => f.StartsWith("total\t", StringComparison.Ordinal)));
        var found = Scorer.Score("x", Write("t.json", mutated.Truth), Write("r.json", Report(mutated.Truth, [Finding(mutated.Planted!.Checks[0], mutated.Planted.ToValue)])));
        Assert.Empty(found.Faults);

        var clean = docs.First(d => d.Planted is null);
        var alarmed = Scorer.Score("x", Write("c.json", clean.Truth), Write("a.json", Report(clean.Truth, [Finding("sum_mismatch", 1m)])));
        Assert.Equal(["false\tsum_mismatch:error\tm"], alarmed.Faults);
    }

    [Fact]
    public void A_planted_wrong_grade_is_the_stated_grade_and_a_grade_printed_nowhere_is_not()
    {
        // One stated total, so the changed grade is the main total's (a verification report's may be the self grade).
        var g = GeneratedSet.Build(seed: 77, count: 60)
            .First(d => d.Planted?.Operator == "wrong_grade" && d.Document.Totals.Count == 1);
        var p = g.Planted!;
        var truth = Write("t.json", g.Truth);
        Assert.Equal(2, Scorer.Score("x", truth, Write("m.json", Report(g.Truth, [], grade: p.To))).TotalsRight);
        var nowhere = new[] { "优", "良", "中", "差" }.First(x => x != p.To && x != p.From);
        Assert.Equal(1, Scorer.Score("x", truth, Write("n.json", Report(g.Truth, [], grade: nowhere))).TotalsRight);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static JsonObject Finding(string check, decimal stated) => new()
    {
        ["check"] = check, ["severity"] = "error", ["message"] = "m", ["stated"] = stated, ["computed"] = null,
        ["evidence"] = new JsonArray(new JsonObject { ["page"] = 1, ["quote"] = "q" }),
    };

    private static string EmptyReport() => new JsonObject
    {
        ["document"] = new JsonObject { ["stated_total"] = null, ["stated_grade"] = null },
        ["indicators"] = new JsonArray(), ["figures"] = new JsonArray(), ["findings"] = new JsonArray(),
    }.ToJsonString();

    /// <summary>A report in the contract's shape made from the truth itself.</summary>
    private static string Report(string truthJson, IEnumerable<JsonObject> findings, string? grade = null)
    {
        var truth = JsonNode.Parse(truthJson)!;
        var indicators = new JsonArray();
        foreach (var row in truth["score_rows"]!.AsArray())
        {
            var scores = row!["scores"]!.AsObject();
            var main = scores.ContainsKey("verified") ? scores["verified"]! : scores.Last().Value!;
            indicators.Add(new JsonObject
            {
                ["path"] = row["path"]!.DeepClone(), ["weight"] = row["weight"]!.DeepClone(), ["score"] = main["value"]!.DeepClone(),
                ["self_score"] = scores.ContainsKey("verified") ? scores["self"]!["value"]!.DeepClone() : null,
            });
        }

        var figures = new JsonArray();
        foreach (var f in truth["figures"]!.AsArray())
        {
            figures.Add(new JsonObject { ["value"] = f!["value"]!.DeepClone(), ["value_yuan"] = f["value_yuan"]?.DeepClone() });
        }

        var totals = truth["totals"]!.AsArray();
        var last = totals.Count > 0 ? totals[^1] : null;
        return new JsonObject
        {
            ["document"] = new JsonObject { ["stated_total"] = last?["value"]?.DeepClone(), ["stated_grade"] = grade is null ? last?["grade"]?.DeepClone() : JsonValue.Create(grade) },
            ["indicators"] = indicators,
            ["figures"] = figures,
            ["findings"] = new JsonArray([.. findings]),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
