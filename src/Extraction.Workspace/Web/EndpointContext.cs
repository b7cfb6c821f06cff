using Extraction.Workspace.Processing;
using Extraction.Workspace.Review;
using Extraction.Workspace.Store;
using Extraction.Workspace.Text;

namespace Extraction.Workspace.Web;

/// <summary>What the endpoints work with.</summary>
internal sealed record EndpointContext(
    WorkspaceOptions Options,
    IWorkspaceStore Store,
    ProcessingQueue Queue,
    ReportCache Reports,
    ReviewService Review,
    EvidenceImages Images,
    UiText Text,
    Sessions Sessions,
    Uploads Uploads);
