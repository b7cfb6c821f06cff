using Extraction.Distributed.Store;
using Extraction.Output.Html;
using Extraction.Output.Reports;

namespace Extraction.Distributed.Export;

/// <summary>Renders evidence from the document's bytes in the store: the submitted path belongs to another
/// machine, so each document is unpacked (once, under its SHA-256) into a folder the export removes.</summary>
internal sealed class StoredSourceRenderer(PgStore store, IEvidenceRenderer inner, string directory) : IEvidenceRenderer
{
    private readonly Dictionary<string, string?> _unpacked = new(StringComparer.Ordinal);

    public EvidenceImage? Render(Report report, ReportEvidence evidence)
    {
        var sha = report.Source.Sha256;
        if (sha.Length == 0)
        {
            return null;
        }

        if (!_unpacked.TryGetValue(sha, out var path))
        {
            var content = store.ReadSourceAsync(sha, CancellationToken.None).GetAwaiter().GetResult();
            if (content is not null)
            {
                var folder = Path.Combine(directory, sha);
                Directory.CreateDirectory(folder);
                path = Path.Combine(folder, report.Source.Name);
                File.WriteAllBytes(path, content);
            }

            _unpacked[sha] = path;
        }

        return path is null ? null : inner.Render(report with { Source = report.Source with { Path = path } }, evidence);
    }
}
