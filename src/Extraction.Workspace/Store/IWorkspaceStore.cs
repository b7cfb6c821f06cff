namespace Extraction.Workspace.Store;

/// <summary>Uploaded documents, their results and reviewers' decisions: SQLite in the output folder, or PostgreSQL.</summary>
public interface IWorkspaceStore : IDisposable
{
    /// <summary>Records an upload; a file already known keeps its result and status (it is not reprocessed).</summary>
    /// <returns>True when the document is new (or had failed) and needs processing.</returns>
    bool AddDocument(StoredDocument document);

    void SetStatus(string sha256, string status);

    void SaveResult(string sha256, string status, string reportJson);

    IReadOnlyList<StoredDocument> Documents();

    StoredDocument? Document(string sha256);

    void SaveDecision(Decision decision);

    IReadOnlyList<Decision> Decisions(string? sha256 = null);
}
