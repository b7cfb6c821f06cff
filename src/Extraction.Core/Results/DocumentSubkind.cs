namespace Extraction.Results;

/// <summary>Values of the JSON extension "document.subkind": a finer kind than the contract's four
/// ("kind" keeps its meaning: budget disclosures stay "other", with subkind "budget" or "final_accounts").</summary>
public static class DocumentSubkind
{
    /// <summary>部门整体支出绩效自评报告.</summary>
    public const string DepartmentSelfAssessment = "department_self_assessment";

    /// <summary>项目支出绩效自评表 / 项目自评报告.</summary>
    public const string ProjectSelfAssessment = "project_self_assessment";

    /// <summary>绩效评价报告 (one project or policy, often by a third party).</summary>
    public const string ProjectEvaluation = "project_evaluation";

    /// <summary>自评核查报告 / 复核报告.</summary>
    public const string Verification = "verification";

    /// <summary>部门决算 / 单位决算.</summary>
    public const string FinalAccounts = "final_accounts";

    /// <summary>部门预算 / 单位预算.</summary>
    public const string Budget = "budget";

    /// <summary>Not a report: README, notes, the tool's own output.</summary>
    public const string NotReport = "not_report";
}
