using System.Collections.Concurrent;
using System.Text.Json;
using Extraction.Messages;
using Extraction.Output.Reports;
using Extraction.Workspace.Store;

namespace Extraction.Workspace.Review;

/// <summary>Parsed results by document in the workspace's language (messages re-rendered from their catalog
/// references, so a result stored by a Chinese run reads in English under --lang en), reparsed only when the
/// stored JSON changes.</summary>
internal sealed class ReportCache(Language language)
{
    private readonly ConcurrentDictionary<string, (string Json, Report Report)> _reports = new(StringComparer.Ordinal);

    public Report? Of(StoredDocument document)
    {
        if (document.ReportJson is not { } json)
        {
            return null;
        }

        if (_reports.TryGetValue(document.Sha256, out var cached) && string.Equals(cached.Json, json, StringComparison.Ordinal))
        {
            return cached.Report;
        }

        try
        {
            var report = ReportLanguage.Render(ReportJson.Deserialize(json), language);
            _reports[document.Sha256] = (json, report);
            return report;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
