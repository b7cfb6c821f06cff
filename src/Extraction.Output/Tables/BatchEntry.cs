using Extraction.Output.Reports;

namespace Extraction.Output.Tables;

/// <summary>One document of a batch: its report, the name of its JSON file in the output folder, and whether
/// it was reused from an earlier run.</summary>
public sealed record BatchEntry(Report Report, string OutputName, bool Reused = false);
