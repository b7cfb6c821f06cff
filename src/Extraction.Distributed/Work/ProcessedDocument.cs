using Extraction.Output.Reports;

namespace Extraction.Distributed.Work;

/// <summary>A document's report and the key it is stored under (the tool key, or its time-out key).</summary>
public sealed record ProcessedDocument(Report Report, string StoreKey);
