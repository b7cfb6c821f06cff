namespace Extraction.Distributed.Store;

/// <summary>One document's finished result as the results table holds it (the local extraction.db's columns).</summary>
public sealed record StoredResult(string Sha256, string ToolKey, string Path, bool Failed, string Json);
