namespace Extraction.Workspace.Processing;

/// <summary>Runs stored files through the pipeline and writes the batch outputs; supplied by the CLI, which
/// composes the readers and stages (the workspace never names them).</summary>
public interface IDocumentProcessor
{
    Task ProcessAsync(IReadOnlyList<string> paths, IProcessingListener listener, CancellationToken cancellationToken);
}
