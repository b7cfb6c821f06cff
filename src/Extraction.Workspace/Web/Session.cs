namespace Extraction.Workspace.Web;

/// <summary>A signed-in reviewer: the session id (in an HttpOnly SameSite=Strict cookie), the name decisions
/// are recorded under, and the anti-forgery token every state-changing request must echo in a header.</summary>
internal sealed record Session(string Id, string Reviewer, string Csrf);
