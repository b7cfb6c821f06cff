using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Extraction.Cli;
using Extraction.Generator;
using Extraction.Generator.Rendering;
using Extraction.Generator.Scoring;
using Extraction.Output.Reports;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Benchmarks.Generated;

/// <summary>Generates a set, renders it by each route, runs the pipeline as the CLI composes it on every rendering and
/// writes the per-document JSON (contract schema), then scores from those JSON files only. Shared with the test suite.</summary>
internal sealed class GeneratedRun
{
    private readonly string _root;
    private readonly TextWriter _log;

    public GeneratedRun(string root, TextWriter log)
    {
        _root = root;
        _log = log;
    }

    /// <param name="limits">Per route, how many documents (the first ones) it renders; routes not named render all.</param>
    public IReadOnlyList<DocScore> Run(int seed, int count, IReadOnlyList<Route> routes, IReadOnlyDictionary<string, int> limits, int jobs) =>
        Run(GeneratedSet.Build(seed, count), routes, limits, jobs);

    /// <summary>The same for a set built elsewhere (shape documents: <see cref="ShapeSet"/>).</summary>
    public IReadOnlyList<DocScore> Run(IReadOnlyList<GeneratedDocument> docs, IReadOnlyList<Route> routes, IReadOnlyDictionary<string, int> limits, int jobs)
    {
        var renderer = new RouteRenderer(_root, _log);
        renderer.WriteTruth(docs);
        var scores = new List<DocScore>();
        foreach (var route in routes)
        {
            var subset = limits.TryGetValue(route.Name, out var n) ? docs.Take(n).ToList() : docs;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var rendered = renderer.Render(route, subset);
            var renderTime = watch.Elapsed;
            if (rendered.Count == 0)
            {
                continue;
            }

            var outDir = Path.Combine(_root, "out", route.Name);
            Directory.CreateDirectory(outDir);
            var reports = new ConcurrentDictionary<string, string?>();
            var pipelines = new ConcurrentBag<DocumentPipeline>();
            Parallel.ForEach(subset, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, d =>
            {
                if (rendered[d.Id] is not { } file)
                {
                    reports[d.Id] = null;
                    return;
                }

                var pipeline = pipelines.TryTake(out var p) ? p : BenchPipeline.Create();
                reports[d.Id] = Process(pipeline, file, Path.Combine(outDir, d.Id + ".json"));
                pipelines.Add(pipeline);
            });
            foreach (var d in subset)
            {
                scores.Add(Scorer.Score(route.Name, renderer.TruthPath(d), reports[d.Id]));
            }

            _log.WriteLine($"route {route.Name}: {subset.Count} documents, {rendered.Values.Count(v => v is not null)} rendered ({renderTime.TotalSeconds:0.0} s), read in {(watch.Elapsed - renderTime).TotalSeconds:0.0} s");
        }

        return scores;
    }

    /// <summary>Runs the pipeline on one file and writes its JSON; a crash or timeout is written as a failed report so
    /// the scorer still sees the document (as unread).</summary>
    private static string Process(DocumentPipeline pipeline, string file, string output)
    {
        Report report;
        var tables = Path.ChangeExtension(output, ".tables.json");
        File.Delete(tables);
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(300));
            var result = pipeline.Process(new SourceFile(file), cts.Token);
            report = ReportMapper.From(result);
            if (result.Document is { } document)
            {
                WriteTables(document, tables);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            report = ReportMapper.Failed(file, "", Path.GetExtension(file).TrimStart('.'), "pipeline", $"{e.GetType().Name}: {e.Message}");
        }

        File.WriteAllText(output, ReportJson.Serialize(report), new UTF8Encoding(false));
        return output;
    }

    /// <summary>The reader's tables (the document model's grid with spans) beside the report, for the table-structure
    /// measure: the contract JSON carries no cells.</summary>
    private static void WriteTables(Extraction.Model.Document document, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("tables");
        foreach (var table in document.Tables)
        {
            json.WriteStartObject();
            json.WriteNumber("page", table.Provenance.Page);
            json.WriteNumber("rows", table.RowCount);
            json.WriteNumber("columns", table.ColumnCount);
            json.WriteBoolean("continues_previous", table.ContinuesPrevious);
            json.WriteStartArray("cells");
            foreach (var cell in table.Cells)
            {
                json.WriteStartObject();
                json.WriteNumber("row", cell.Row);
                json.WriteNumber("column", cell.Column);
                json.WriteNumber("row_span", cell.RowSpan);
                json.WriteNumber("column_span", cell.ColumnSpan);
                json.WriteString("text", cell.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
