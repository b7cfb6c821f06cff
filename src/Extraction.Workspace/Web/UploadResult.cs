namespace Extraction.Workspace.Web;

/// <summary>What an upload request did: files accepted (by content hash) and files refused with the reason.</summary>
internal sealed record UploadResult(IReadOnlyList<string> Accepted, IReadOnlyList<UploadRejection> Rejected);

internal sealed record UploadRejection(string Name, string Reason);
