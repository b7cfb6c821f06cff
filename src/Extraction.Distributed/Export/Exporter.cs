using Extraction.Distributed.Store;
using Extraction.Output;
using Extraction.Output.Files;
using Extraction.Output.Html;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;
using Extraction.Output.Store;
using Extraction.Output.Tables;

namespace Extraction.Distributed.Export;

/// <summary>Writes a local batch's outputs from the shared store through the local batch's own writers: each
/// submitted document's JSON, the CSVs, workbook, report.html, and extraction.db with the results (so a later
/// local `check` over the same files reuses them) and the batch tables. The batch tables also go back to the
/// shared store, so the review workspace reads the same tables from either.</summary>
public sealed class Exporter(PgStore store)
{
    public Task<ExportSummary> ExportAsync(string outputDirectory, IEvidenceRenderer? renderer, CancellationToken cancellationToken) =>
        ExportAsync(outputDirectory, renderer, OutputLanguage.Default, cancellationToken);

    /// <summary>Exports with the human text (messages, report.html, workbook) in <paramref name="language"/>: stored
    /// results are re-rendered from their message references, whatever language the worker wrote them in.</summary>
    public async Task<ExportSummary> ExportAsync(string outputDirectory, IEvidenceRenderer? renderer, OutputLanguage language, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputDirectory);
        AtomicFile.CleanTemporaries(outputDirectory);
        var submitted = await store.SubmittedAsync(cancellationToken).ConfigureAwait(false);
        var names = OutputNames.Assign(submitted.Select(d => d.Path));
        var entries = new List<BatchEntry>();
        var pending = new List<string>();
        var unpacked = Path.Combine(Path.GetTempPath(), "extract-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var local = new ResultStore(outputDirectory))
            {
                foreach (var document in submitted)
                {
                    if (document.Json is null)
                    {
                        pending.Add(document.Path);
                        continue;
                    }

                    var stored = ReportJson.Deserialize(document.Json);
                    var report = ReportLanguage.Render(stored with { Source = stored.Source with { Path = document.Path } }, language.Text);
                    var json = ReportJson.Serialize(report);
                    var name = names[Path.GetFullPath(document.Path)];
                    local.Save(document.Sha256, document.ToolKey ?? string.Empty, document.Path, report.Failed, json);
                    BatchOutputs.WriteDocument(outputDirectory, name, json);
                    entries.Add(new BatchEntry(report, name));
                }

                var crops = new TieredCropCache(local, store);
                var shown = renderer is PdftoppmRenderer pdf ? new StoredSourceRenderer(store, pdf.WithStore(crops), unpacked) : renderer;
                BatchOutputs.WriteBatch(entries, outputDirectory, local, shown, language);
            }

            var sheets = BatchTables.Build(entries, Pairer.Pair(entries.Select(e => e.Report)), language.Text);
            await store.ReplaceTablesAsync(sheets, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (Directory.Exists(unpacked))
            {
                Directory.Delete(unpacked, true);
            }
        }

        return new ExportSummary(entries.Count, entries.Count(e => e.Report.Failed), pending);
    }
}
