using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.FactLinking.FactDocs;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>A score stated beside its weight in one sentence or heading, read from the fact table.</summary>
public sealed class StatedScoreWithinWeightTests
{
    private static Finding[] Alarms(params Model.Block[] blocks) =>
        new StatedScoreWithinWeightCheck().Run(Context(blocks)).Where(f => f.Severity >= Severity.Warning).ToArray();

    [Fact]
    public void A_section_score_above_its_full_marks_is_an_error()
    {
        Assert.Empty(Alarms(H("（一）预算编制指标（满分16分，得分14.80分）"), P("过程指标满分32分，实际得分27.76分，得分率86.75%。")));
        var f = Assert.Single(Alarms(H("（一）预算编制指标（满分16分，得分144.80分）")));
        Assert.Equal(144.80m, f.Stated);
        Assert.Equal(16m, f.Computed);
        Assert.Single(Alarms(P("投入指标满分17分，实际得分16.34分；过程指标满分32分，实际得分37.76分。")));
        // Recognised text loses decimal points (12.83 read as 1283): an OCR'd sentence is not held.
        var scanned = new Model.Paragraph("“决策”部分满分15分，实际得分1283分。", Model.Provenance.OnPage(1) with { Confidence = 0.93 });
        Assert.Empty(Alarms(scanned));
    }

    [Fact]
    public void Scores_of_other_measures_or_sentences_are_not_held_to_the_weight()
    {
        // The total score after a section's weight, and a score in the next sentence, are not that section's.
        Assert.Empty(Alarms(P("产出指标分值20分。总得分85.50分。")));
        Assert.Empty(Alarms(P("决策指标满分10分，项目总得分92.30分。")));
    }
}
