using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Text;

namespace Extraction.Tests.Rules;

/// <summary>Relations the seeds assert that DO hold once rounding is understood (sums, shares, ratios,
/// averages, printed formulas, weights, totals; the truth files' "rounding" known issues among them): each is
/// verified with the interval model, and no check may report an error or warning on its stated value.</summary>
public sealed class SeedRelationsTests
{
    public static TheoryData<string, string, string> Relations => new()
    {
        { "seed000", "881.68+220.56+42.52+316.70", "1461.46" },
        { "seed000", "1100.23+548.06", "1648.29" },
        { "seed000", "989.08+511.05", "1500.13" },
        { "seed000", "1500.13/1648.29*100", "91.01" },
        { "seed000", "3.09+123.18", "126.27" },
        { "seed000", "511.05/548.06*100", "93.25" },
        { "seed000", "1648.58-362.27+13.25-6.17+7.72", "1301.12" },
        { "seed000", "362.27/1648.58*100", "21.97" },
        { "seed000", "6.17/13.25*100", "46.57" },
        { "seed000", "18+9", "27" },
        { "seed000", "14+3+6", "23" },
        { "seed000", "23/27*100", "85" },
        { "seed000", "19/(23+19)*100", "45" },
        { "seed000", "500.88/529.20*100", "94.65" },
        { "seed000", "3.34/8.71*100", "38.35" },
        { "seed000", "3.09/6.40*100", "48.28" },
        { "seed000", "3.75/3.75*100", "100" },
        { "seed000", "170.07/178.72*100", "95" },
        { "seed000", "3.21/3.89*100", "83" },
        { "seed000", "11002256.95+37500.00+5292036.00+87100.00+64000.00", "16482892.95" },
        { "seed000", "9890803.35+37500.00+5008738.07+33372.00+30868.00", "15001281.42" },
        { "seed000", "16482892.95/10000", "1648.29" },
        { "seed000", "15001281.42/10000", "1500.13" },
        { "seed000", "5+5+3+7", "20" },
        { "seed000", "6+6+8+6+25+3+6", "60" },
        { "seed000", "5+5+3+7+1.48+3+3+2+2+2+1+1+0+3+5+5.85+8+4.8+25+3+6", "96.13" },
        { "seed000", "48/100*1+1", "1.48" },
        { "seed001", "4203191.84+1729400.00", "5932591.84" },
        { "seed001", "4184494.84+1728461.00", "5912955.84" },
        { "seed001", "4155889.39+1644275.00", "5800164.39" },
        { "seed001", "5800164.39/5912955.84*100", "98.09" },
        { "seed001", "275758.00/275758.00*100", "100" },
        { "seed001", "7/7*100", "100" },
        { "seed001", "4/11*100", "36.36" },
        { "seed001", "183333.33/183421.03*100", "99.95" },
        { "seed001", "(146.69+124.64+113.42+98.09)/4", "120.71" },
        { "seed001", "5+5+8+7", "25" },
        { "seed001", "6+6+8+6+20+3+6", "55" },
        { "seed001", "25+20+55", "100" },
        { "seed001", "5+5+8+6+2+3+3+2+2+2+1+1+0+3+5+5.98+8+6+18+3+6", "94.98" },
        { "seed001", "1+1+1+98.09/100+2", "5.98" },
        { "seed002", "2451.83+1610.15", "4061.98" },
        { "seed002", "2451.83/4061.98*100", "60.36" },
        { "seed002", "1610.15/4061.98*100", "39.64" },
        { "seed002", "1474.99+2602.01", "4077" },
        { "seed002", "1474.99/4077*100", "36.18" },
        { "seed002", "2602.01/4077*100", "63.82" },
        { "seed002", "4077/(4061.98+78.19)*100", "98.47" },
        { "seed002", "(57981.03/310155.3-1)*100", "-81.31" },
        { "seed002", "209.67/387.82*100", "54.06" },
        { "seed002", "343.51/343.51*100", "100" },
        { "seed002", "(90.83+99.95)/2", "95.39" },
        { "seed002", "(90.83+99.95)/2/100*5", "4.77" },
        { "seed002", "209.67/387.82*2", "1.08" },
        { "seed002", "92.25/100*3", "2.77" },
        { "seed002", "(4061.98-2106.12)/2106.12*100", "92.86" },
        { "seed002", "20/20*4", "4" },
        { "seed002", "15/15*2", "2" },
        { "seed002", "3+4+5+4+4", "20" },
        { "seed002", "4+5+4+2+10+2+3", "30" },
        { "seed002", "3+4+1.5+4+4+2+4.5+3+3+1+1.08+6+5+5+4+3+2+2+2+1+1+0.5+4+4.77+4+2+9+2+2.77", "91.12" },
        { "seed003", "10299.21+381.2", "10680.42" },
        { "seed003", "10299.21/10680.42*100", "96.43" },
        { "seed003", "381.2/10680.42*100", "3.57" },
        { "seed003", "3889.68+6957.25", "10846.93" },
        { "seed003", "3889.68/10846.93*100", "35.86" },
        { "seed003", "6957.25/10846.93*100", "64.14" },
        { "seed003", "10846.93/(10680.42+821.71)*100", "94.3" },
        { "seed003", "655.19/(10680.42+821.71)*100", "5.7" },
        { "seed003", "(655.19/821.71-1)*100", "-20.26" },
        { "seed003", "1531.44/1531.44*100", "100" },
        { "seed003", "8105.9/8120.9*100", "99.81" },
        { "seed003", "(93.17+96.86)/2", "95.02" },
        { "seed003", "(93.17+96.86)/2/100*5", "4.75" },
        { "seed003", "3+4+2+4+4+2+3+3+3+3+2+6+5+5+3+3+2+2+2+1+1+1+4+4.75+4+2+9+2+3+1", "93.75" },
    };

    [Fact]
    public void At_least_sixty_relations_are_listed() => Assert.True(Relations.Count >= 60, $"{Relations.Count} relations");

    [Theory]
    [MemberData(nameof(Relations))]
    public void Relation_holds_and_draws_no_error_or_warning(string seed, string expression, string printed)
    {
        var value = ExpressionEvaluator.Evaluate(expression)!.Value;
        var stated = PrintedNumber.Parse(printed);
        Assert.True(
            value.Meets(Interval.HalfUp(stated.Value, stated.Decimals)) || value.Meets(Interval.Truncated(stated.Value, stated.Decimals)),
            $"{expression} = {value} does not print as {printed}");

        var (_, findings) = SeedRun.Of(seed);
        var alarms = findings.Where(f => f.Severity >= Severity.Warning && f.Check != "rule_text_defect" && (f.Stated == stated.Value || f.Computed == stated.Value)).ToArray();
        Assert.True(alarms.Length == 0, string.Join("\n", alarms.Select(f => $"{f.Check}: {f.Message}")));
    }
}
