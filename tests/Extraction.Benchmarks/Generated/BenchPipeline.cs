using Extraction.Cli;
using Extraction.Pipeline;
using Extraction.Reading;

namespace Extraction.Benchmarks;

/// <summary>The product's pipeline for the accuracy benchmarks, less the checks named (by class name, comma-separated)
/// in EXTRACTION_WITHOUT_CHECKS: an ablation run shows what a check adds that no other check finds.</summary>
internal static class BenchPipeline
{
    public const string Variable = "EXTRACTION_WITHOUT_CHECKS";

    public static DocumentPipeline Create()
    {
        var without = Without();
        if (without.Count == 0)
        {
            return Composition.Pipeline();
        }

        var stages = Composition.Stages();
        var unknown = without.Where(n => stages.Checks.All(c => c.GetType().Name != n)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"{Variable}: expected check class names, found unknown {string.Join(", ", unknown)}");
        }

        return new DocumentPipeline(stages with { Checks = stages.Checks.Where(c => !without.Contains(c.GetType().Name)).ToArray() }, ReaderOptions.Default);
    }

    private static HashSet<string> Without() =>
        (Environment.GetEnvironmentVariable(Variable) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
