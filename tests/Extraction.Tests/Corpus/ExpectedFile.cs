using System.Text.Json;
using Extraction.Tests.Analysis;

namespace Extraction.Tests.Corpus;

/// <summary>corpus/&lt;group&gt;/&lt;input&gt;.expected.json: what the pipeline must give for the input beside it
/// (format in corpus/README.md).</summary>
internal sealed class ExpectedFile : IDisposable
{
    private readonly JsonDocument _json;
    private readonly JsonDocument? _truth;

    public ExpectedFile(string path)
    {
        Path = path;
        _json = JsonDocument.Parse(File.ReadAllText(path));
        if (TruthFile.Text(Root, "truth") is { } truth)
        {
            var truthPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, truth));
            _truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        }
    }

    public string Path { get; }

    /// <summary>The input document: the expected file's path without ".expected.json".</summary>
    public string InputPath => Path[..^".expected.json".Length];

    public double ScoreRows => Root.TryGetProperty("score_rows", out var v) ? v.GetDouble() : 0;

    public double? Figures => Root.TryGetProperty("figures", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    /// <summary>Inline "score_table" rows when present, else the truth file's.</summary>
    public IReadOnlyList<ExpectedRow> Rows =>
        Root.TryGetProperty("score_table", out var inline) ? TruthRows.From(inline)
        : _truth is not null ? TruthRows.From(_truth.RootElement.GetProperty("score_table"))
        : [];

    public JsonElement? TruthFigures => _truth?.RootElement.TryGetProperty("figures", out var f) == true ? f : null;

    /// <summary>"stated_total": true (the truth's), a number, or false/absent (not checked).</summary>
    public decimal? StatedTotal => Root.TryGetProperty("stated_total", out var v) ? v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDecimal(),
        JsonValueKind.True when _truth is not null => TruthFile.Number(_truth.RootElement, "stated_total"),
        _ => null,
    } : null;

    /// <summary>"grade": true (the truth's), a grade word, or false/absent.</summary>
    public string? Grade => Root.TryGetProperty("grade", out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True when _truth is not null => TruthFile.Text(_truth.RootElement, "grade"),
        _ => null,
    } : null;

    private JsonElement Root => _json.RootElement;

    public void Dispose()
    {
        _json.Dispose();
        _truth?.Dispose();
    }
}
