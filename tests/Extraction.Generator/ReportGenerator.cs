using System.Globalization;
using Extraction.Generator.Build;
using Extraction.Generator.Frameworks;
using Extraction.Generator.Kinds;
using Extraction.Generator.Model;

namespace Extraction.Generator;

/// <summary>Generates document <paramref name="index"/> of a run seeded with <paramref name="seed"/>: the kind rotates
/// (so a small sample has every kind), everything else is drawn from a System.Random seeded for that document alone.</summary>
public static class ReportGenerator
{
    public static readonly IReadOnlyList<string> Kinds = ["department_self_assessment", "project_form", "verification", "evaluation", "final_accounts"];

    public static GenDocument Generate(int seed, int index)
    {
        var documentSeed = unchecked((seed * 1_000_003) + (index * 7919) + 17);
        var draw = new Draw(documentSeed);
        var doc = new DocBuilder(draw);
        var who = Identity.Draw(draw);
        var framework = draw.Pick(Catalog.All);
        var id = string.Create(CultureInfo.InvariantCulture, $"g{seed}-{index:0000}");
        return Kinds[index % Kinds.Count] switch
        {
            "department_self_assessment" => SelfAssessment.Compose(doc, who, framework, id),
            "project_form" => ProjectForm.Compose(doc, who, id),
            "verification" => Verification.Compose(doc, who, framework, id),
            "evaluation" => Evaluation.Compose(doc, who, framework, id),
            _ => FinalAccounts.Compose(doc, who, id),
        };
    }
}
