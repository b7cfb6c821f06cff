namespace Extraction.Workspace.Store;

/// <summary>An uploaded file: its content hash (which also names the stored file), the name it was uploaded
/// under (display only, never a path), the stored extension, status and its latest result as JSON.</summary>
public sealed record StoredDocument(
    string Sha256,
    string DisplayName,
    string Extension,
    long Bytes,
    string UploadedBy,
    DateTime UploadedUtc,
    string Status,
    string? ReportJson);
