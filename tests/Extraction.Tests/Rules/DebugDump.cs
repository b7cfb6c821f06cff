using Extraction.Rules.Checks;
using Extraction.Rules.Engine;

namespace Extraction.Tests.Rules;

public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        if (Environment.GetEnvironmentVariable("RULES_DUMP") is not { } path)
        {
            return;
        }

        using var w = new StreamWriter(path);
        var engine = new RuleEngine();
        foreach (var id in new[] { "seed000", "seed001", "seed002", "seed003" })
        {
            var ctx = SeedCorpus.Context(id);
            var assessments = engine.Assess(ctx);
            ctx = ctx with { Assessments = assessments };
            w.WriteLine($"===== {id}");
            foreach (var a in assessments)
            {
                w.WriteLine($"{a.Indicator.Name} w={a.Indicator.Weight} s={a.Indicator.Score} rule={a.Rule} re={a.Recomputed} conv={a.Convention} inputs=[{string.Join("; ", a.Inputs.Select(i => i.Label + "=" + i.Text + i.Unit))}]");
                if (a.Recomputed is not null && a.Recomputed != a.Indicator.Score)
                {
                    w.WriteLine("   !! " + a.Explanation);
                }
            }

            foreach (var check in CheckCatalog.All())
            {
                foreach (var f in check.Run(ctx))
                {
                    w.WriteLine($"  [{f.Severity}] {f.Check}: {f.Message} | {f.Relation} | {f.Convention} | {string.Join(" / ", f.Evidence.Select(e => e.Quote.Length > 50 ? e.Quote[..50] : e.Quote))}");
                }
            }
        }
    }
}
