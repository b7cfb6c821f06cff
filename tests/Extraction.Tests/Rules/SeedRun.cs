using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Rules.Engine;

namespace Extraction.Tests.Rules;

/// <summary>The rule engine and every check run once per seed (cached for the seed tests).</summary>
internal static class SeedRun
{
    private static readonly Dictionary<string, (AnalysisContext Context, IReadOnlyList<Finding> Findings)> Cache = [];
    private static readonly Lazy<RuleEngine> Engine = new(() => new RuleEngine());

    public static (AnalysisContext Context, IReadOnlyList<Finding> Findings) Of(string id)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(id, out var run))
            {
                var context = SeedCorpus.Context(id);
                context = context with { Assessments = Engine.Value.Assess(context) };
                run = (context, CheckCatalog.All().SelectMany(c => c.Run(context)).ToArray());
                Cache[id] = run;
            }

            return run;
        }
    }
}
