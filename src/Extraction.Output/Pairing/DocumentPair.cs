using Extraction.Output.Reports;

namespace Extraction.Output.Pairing;

/// <summary>A self-assessment and the verification of the same department and year, indicator by indicator.</summary>
public sealed record DocumentPair(string Department, int Year, Report Self, Report Verification, IReadOnlyList<PairRow> Rows);
