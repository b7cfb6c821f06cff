using Extraction.Output.Reports;
using Extraction.Results;
using FuzzySharp;

namespace Extraction.Output.Pairing;

/// <summary>Finds, in one batch, each self-assessment and the verification report of the same department and
/// year, and lines their indicators up (by normalised path, then by name, then by fuzzy name).</summary>
public static class Pairer
{
    private const int DepartmentRatio = 90;
    private const int IndicatorRatio = 85;

    public static IReadOnlyList<DocumentPair> Pair(IEnumerable<Report> reports)
    {
        var all = reports.Where(r => r.Document.Year is not null && !string.IsNullOrWhiteSpace(r.Document.Department)).ToArray();
        var selves = all.Where(r => r.Document.Kind == DocumentKind.SelfAssessment).ToArray();
        var verifications = all.Where(r => r.Document.Kind == DocumentKind.Verification).ToArray();
        var pairs = new List<DocumentPair>();
        foreach (var verification in verifications.OrderBy(r => r.Source.Path, StringComparer.Ordinal))
        {
            var self = selves
                .Where(s => s.Document.Year == verification.Document.Year && SameDepartment(s.Document.Department!, verification.Document.Department!))
                .OrderBy(s => s.Source.Path, StringComparer.Ordinal)
                .FirstOrDefault();
            if (self is not null)
            {
                pairs.Add(new DocumentPair(verification.Document.Department!, verification.Document.Year!.Value, self, verification, Rows(self, verification)));
            }
        }

        return pairs;
    }

    /// <summary>Same department: equal keys, one name being the other with a place prefix, or nearly equal names.
    /// Two names that are equal only after stripping both prefixes (湛江市民政局, 茂名市民政局) do not match.</summary>
    public static bool SameDepartment(string a, string b)
    {
        var keysA = NameKey.Department(a);
        var keysB = NameKey.Department(b);
        if (keysA[0].Length == 0 || keysB[0].Length == 0)
        {
            return false;
        }

        return keysA[0] == keysB[0]
            || keysB.Contains(keysA[0])
            || keysA.Contains(keysB[0])
            || Fuzz.Ratio(keysA[0], keysB[0]) >= DepartmentRatio;
    }

    internal static IReadOnlyList<PairRow> Rows(Report self, Report verification)
    {
        var unused = self.Indicators.ToList();
        var rows = new List<PairRow>();
        foreach (var v in verification.Indicators)
        {
            var (match, how) = Find(unused, v);
            if (match is null)
            {
                rows.Add(new PairRow(null, v.Path, v.Weight, v.SelfScore, v.Score, "verification_only"));
                continue;
            }

            unused.Remove(match);
            rows.Add(new PairRow(match.Path, v.Path, v.Weight ?? match.Weight, match.Score, v.Score, how));
        }

        rows.AddRange(unused.Select(s => new PairRow(s.Path, null, s.Weight, s.Score, null, "self_only")));
        return rows;
    }

    private static (ReportIndicator? Match, string How) Find(List<ReportIndicator> candidates, ReportIndicator wanted)
    {
        var path = PathKey(wanted.Path);
        var byPath = candidates.FirstOrDefault(c => PathKey(c.Path) == path);
        if (byPath is not null)
        {
            return (byPath, "path");
        }

        var name = NameKey.Indicator(Last(wanted.Path));
        if (name.Length == 0)
        {
            return (null, string.Empty);
        }

        var byName = candidates.Where(c => NameKey.Indicator(Last(c.Path)) == name).ToArray();
        if (byName.Length > 0)
        {
            // Same last name under several parents: prefer the one under the same 一级.
            var top = NameKey.Indicator(First(wanted.Path));
            return (byName.FirstOrDefault(c => NameKey.Indicator(First(c.Path)) == top) ?? byName[0], "name");
        }

        var best = candidates
            .Select(c => (Candidate: c, Score: Fuzz.Ratio(NameKey.Indicator(Last(c.Path)), name)))
            .Where(x => x.Score >= IndicatorRatio)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Candidate is null ? (null, string.Empty) : (best.Candidate, $"fuzzy:{best.Score}");
    }

    private static string Last(IReadOnlyList<string> path) => path.Count == 0 ? string.Empty : path[^1];

    private static string First(IReadOnlyList<string> path) => path.Count == 0 ? string.Empty : path[0];

    private static string PathKey(IReadOnlyList<string> path) => string.Join("/", path.Select(NameKey.Indicator));
}
