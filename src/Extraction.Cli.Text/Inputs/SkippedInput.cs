namespace Extraction.Cli.Inputs;

/// <summary>An input that was found but is not read, and why (listed as status "skipped").</summary>
public sealed record SkippedInput(string Path, Extraction.Messages.Msg Reason);
