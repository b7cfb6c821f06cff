using Extraction.Results;
using Extraction.Rules.Checks.Indicators;
using static Extraction.Tests.Rules.Indicators.IndicatorDocs;

namespace Extraction.Tests.Rules.Indicators;

/// <summary>A verifier note restating its row's completion value against the row's 完成情况 cell.</summary>
public sealed class NoteActualCheckTests
{
    private static Finding[] Run(string actual, string note, string self = "6.49", string verified = "6.49")
    {
        var row = Row("部门产出/任务完成/重点任务完成情况", "7", verified, row: 1, note: note) with { Actual = actual, SelfScore = decimal.Parse(self, System.Globalization.CultureInfo.InvariantCulture) };
        return Alarms(new NoteActualCheck(), Context([new ScoreTable([row])]));
    }

    [Theory]
    [InlineData("92.67%", "重点任务完成情况92.67%")]
    [InlineData("100.00%", "完成值为100.00%")]
    // Not a restatement: a criterion, a note with two numbers, a value the note does not name as the completion value.
    [InlineData("92.67%", "达到100%得满分")]
    [InlineData("92.67%", "完成值为9.67%，目标值100%")]
    [InlineData("92.67%", "抽查样本合格率9.67%")]
    // Different, but no misprint of each other: a value the verifier found otherwise.
    [InlineData("92.67%", "完成值为85.10%")]
    public void A_note_that_restates_the_cell_or_says_something_else_is_silent(string actual, string note) => Assert.Empty(Run(actual, note));

    [Theory]
    [InlineData("92.67%", "重点任务完成情况9.67%", 9.67, 92.67)]
    [InlineData("110.00%", "完成值为100.00%", 100, 110)]
    public void A_note_a_misprint_away_from_the_cell_is_a_table_table_mismatch(string actual, string note, double stated, double computed)
    {
        var f = Assert.Single(Run(actual, note));
        Assert.Equal("table_table_mismatch", f.Check);
        Assert.Equal((decimal)stated, f.Stated);
        Assert.Equal((decimal)computed, f.Computed);
    }

    [Fact]
    public void A_note_beside_a_score_the_verifier_changed_is_not_held()
    {
        // The verifier scored 5.80 against the self 6.49: the note's value may be the one the verifier found.
        Assert.Empty(Run("92.67%", "重点任务完成情况9.67%", self: "6.49", verified: "5.80"));
    }
}
