namespace Extraction.Cli.Inputs;

/// <summary>What discovery found: the documents to read (canonical paths, each once), the inputs skipped with a
/// reason, and the command-line paths that do not exist.</summary>
public sealed record DiscoveredInputs(IReadOnlyList<string> Files, IReadOnlyList<SkippedInput> Skipped, IReadOnlyList<string> Missing);
