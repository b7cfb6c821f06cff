using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extraction.Output.Reports;

namespace Extraction.Workspace.Review;

/// <summary>A finding's identity across runs: its check, where its evidence is (cell, else page and box rounded
/// to whole points, else page), the indicator it is about and the stated value. Messages and quotes are left
/// out (they change with the language and wording); a re-run that finds the same thing gets the same key.</summary>
public static class FindingFingerprint
{
    public static string Of(ReportFinding finding)
    {
        var text = new StringBuilder(finding.Check);
        text.Append('|').Append(Number(finding.Stated));
        foreach (var evidence in finding.Evidence)
        {
            text.Append('|').Append(Location(evidence));
        }

        if (finding.Indicator is { } path)
        {
            text.Append("|ind:").AppendJoin('/', path);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..24];
    }

    private static string Location(ReportEvidence evidence) => evidence switch
    {
        { Cell: { } cell } => string.Create(CultureInfo.InvariantCulture, $"p{evidence.Page}t{cell.Table}r{cell.Row}c{cell.Column}"),
        { Box: { } box } => string.Create(CultureInfo.InvariantCulture, $"p{evidence.Page}b{Round(box.Left)},{Round(box.Top)},{Round(box.Right)},{Round(box.Bottom)}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"p{evidence.Page}"),
    };

    private static long Round(double points) => (long)Math.Round(points, MidpointRounding.AwayFromZero);

    // 36.10 and 36.1 are the same stated value.
    private static string Number(decimal? value) => value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-";
}
