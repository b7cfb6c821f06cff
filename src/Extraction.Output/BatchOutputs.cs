using Extraction.Output.Files;
using Extraction.Output.Html;
using Extraction.Output.Pairing;
using Extraction.Output.Reports;
using Extraction.Output.Store;
using Extraction.Output.Tables;

namespace Extraction.Output;

/// <summary>Writes everything for one batch into the output folder: the per-document JSON files, the CSVs,
/// the XLSX workbook, report.html and the batch tables in extraction.db. Every file is replaced atomically.</summary>
public static class BatchOutputs
{
    /// <summary>Writes DIR/&lt;output name&gt; for one document (atomically).</summary>
    public static void WriteDocument(string outputDirectory, string outputName, string json) =>
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, outputName), json);

    public static void WriteBatch(IReadOnlyList<BatchEntry> entries, string outputDirectory, ResultStore? store, IEvidenceRenderer? renderer, OutputLanguage? language = null)
    {
        language ??= OutputLanguage.Default;
        // Stored results may have been written in another language: their messages are re-rendered from the references.
        entries = entries.Select(e => e with { Report = ReportLanguage.Render(e.Report, language.Text) }).ToArray();
        var pairs = Pairer.Pair(entries.Select(e => e.Report));
        var sheets = BatchTables.Build(entries, pairs, language.Text);
        foreach (var sheet in sheets)
        {
            CsvSheetWriter.Write(language.CsvHeaders is { } h ? BatchTables.Labelled(sheet, h) : sheet, outputDirectory, labelledHeader: language.CsvHeaders is not null);
        }

        XlsxWorkbookWriter.Write(sheets, outputDirectory);
        store?.ReplaceTables(sheets);
        if (renderer is PdftoppmRenderer pdf && store is not null)
        {
            renderer = pdf.WithStore(store);
        }

        new ReportHtmlWriter(renderer, language.Text).Write(entries, pairs, outputDirectory);
    }

    /// <summary>The batch as <see cref="Pipeline.IResultWriter"/> for callers that hold pipeline results in memory.</summary>
    public static Pipeline.IResultWriter Writer(IEvidenceRenderer? renderer = null, OutputLanguage? language = null) => new InMemoryBatchWriter(renderer, language ?? OutputLanguage.Default);

    private sealed class InMemoryBatchWriter(IEvidenceRenderer? renderer, OutputLanguage language) : Pipeline.IResultWriter
    {
        public void Write(IReadOnlyList<Results.DocumentResult> results, string outputDirectory)
        {
            Directory.CreateDirectory(outputDirectory);
            var names = OutputNames.Assign(results.Select(r => r.SourcePath));
            var entries = new List<BatchEntry>();
            foreach (var result in results)
            {
                var report = ReportMapper.From(result, language: language.Text);
                var name = names[Path.GetFullPath(result.SourcePath)];
                WriteDocument(outputDirectory, name, ReportJson.Serialize(report));
                entries.Add(new BatchEntry(report, name));
            }

            WriteBatch(entries, outputDirectory, null, renderer, language);
        }
    }
}
