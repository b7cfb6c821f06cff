using Extraction.Output.Reports;

namespace Extraction.Workspace.Processing;

/// <summary>Told as each file starts and finishes (called from worker threads).</summary>
public interface IProcessingListener
{
    void Started(string path);

    void Finished(string path, Report report);
}
