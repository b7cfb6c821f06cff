namespace Extraction.Workspace.Store;

/// <summary>The decisions a reviewer can take (stable names; the UI shows 确认 / 驳回 / 待核实).</summary>
public static class Verdict
{
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
    public const string Pending = "pending";

    /// <summary>Filter value for findings nobody decided yet.</summary>
    public const string Undecided = "undecided";

    public static bool IsValid(string? value) => value is Confirmed or Rejected or Pending;
}
