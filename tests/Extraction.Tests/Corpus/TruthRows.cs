using System.Text.Json;
using Extraction.Tests.Analysis;

namespace Extraction.Tests.Corpus;

/// <summary>Expected score rows from a "score_table" array (truth file or inline expected file).</summary>
internal static class TruthRows
{
    public static IReadOnlyList<ExpectedRow> From(JsonElement scoreTable) =>
        scoreTable.EnumerateArray().Select(r => new ExpectedRow(
            TruthFile.Text(r, "level1"),
            TruthFile.Text(r, "level2"),
            TruthFile.Text(r, "level3"),
            TruthFile.Number(r, "weight"),
            TruthFile.Number(r, "score"))).ToArray();
}
