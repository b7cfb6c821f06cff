using Extraction.Results;
using Extraction.Rules.Checks;
using static Extraction.Tests.Rules.Narrative.NarrativeDocs;

namespace Extraction.Tests.Rules.Rates;

/// <summary>"总收入T万元，其中A万元，占总收入的p%": the whole the text names stays the whole even when a misprinted part
/// exceeds it; a bare "占p%" part larger than its list's parent means no partition and stays silent.</summary>
public sealed class NamedWholeShareTests
{
    private readonly ShareCheck _check = new();

    [Fact]
    public void A_share_of_a_named_whole_that_fits_is_silent() =>
        Assert.Empty(Alarms(_check, "2020 年湛江市人力资源和社会保障局预算安排总收入 10680.42 万元，其中一般公共预算财政拨款 10299.21 万元，占总收入的 96.43%；"));

    [Theory]
    [InlineData("2020 年预算安排总收入 10680.42 万元，其中一般公共预算财政拨款 12099.21 万元，占总收入的 96.43%；", 113.28)]
    [InlineData("2020 年预算安排总收入 10680.42 万元，其中一般公共预算财政拨款 10929.21 万元，占总收入的 96.43%；", 102.33)]
    public void A_part_above_its_named_whole_is_an_error(string text, double computed)
    {
        var f = Assert.Single(Alarms(_check, text));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal((decimal)computed, f.Computed);
        Assert.Contains("÷10680.42万元", f.Relation.En(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_share_above_its_list_parent_is_not_judged() =>
        Assert.Empty(Alarms(_check, "支出合计100万元，其中：基本支出120万元，占20%。"));
}
