using Extraction.Messages;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Numbers;
using Extraction.Rules.Text;

namespace Extraction.Rules.Checks;

/// <summary>A narrative amount whose label names a table total against that total: "收入支出总计A万元" vs the 总计 of the
/// 收入支出决算总表, "财政拨款收入支出总计" vs the 财政拨款收入支出决算总表, "本年收入合计"/"本年支出合计", "一般公共预算财政拨款(基本)支出"
/// vs the 合计 row of its table, "其中：基本支出/项目支出" after 本年支出合计 vs the 支出决算表, "其中：人员经费/公用经费" after a
/// 基本支出 vs the 基本支出决算表, "收入预算/支出预算" vs the 收支预算总表. A label qualified by another fund (一般公共预算拨款…) is
/// not the plain total; a table without a printed unit is not compared.</summary>
public sealed partial class TextTableTotalCheck : ICheck
{
    [GeneratedRegex(@"(?<pre>[^，,。；;：:]*?)(?<key>收入支出总计|本年收入合计|本年支出合计|一般公共预算财政拨款基本支出|一般公共预算财政拨款支出|收入预算|支出预算|基本支出|项目支出|人员经费|公用经费)(?:为|是|共计|合计)?$")]
    private static partial Regex Label();

    [GeneratedRegex(@"(?:^|(?:19|20)\d{2}年度?|[局部委办院所站会室馆队处厅心])$")]
    private static partial Regex PlainPrefix();

    public string Name => CheckNames.TextTable;

    public IEnumerable<Finding> Run(AnalysisContext context)
    {
        var totals = TableTotals.Of(context.Document);
        if (totals.Count == 0)
        {
            yield break;
        }

        var reported = new HashSet<(string, string)>();
        var view = DocumentText.Of(context);
        foreach (var passage in view.Narrative)
        {
            var quantities = view.Quantities(passage);
            foreach (var q in quantities.Where(q => q.Kind == "amount"))
            {
                var target = Target(passage.Text, quantities, q);
                if (target is null)
                {
                    continue;
                }

                var matches = totals.Where(t => t.Scope == target.Value.Scope && t.Name == target.Value.Name).ToArray();
                var stated = q.Normalised();
                if (matches.Length == 0 || matches.Any(t => t.Yuan.Meets(stated)) || !reported.Add((target.Value.Scope + target.Value.Name, q.Printed)))
                {
                    continue;
                }

                var table = matches[0];
                var factor = Units.YuanFactor(q.Unit) ?? 1m;
                var tableValue = (table.Yuan.Mid / factor).Round2();
                var gap = stated.Gap(table.Yuan);
                yield return FindingFactory.Make(Name, FindingFactory.ByGap(gap, table.Yuan.Mid, false),
                    Msg.Of("finding.text_table_total", ("label", ClauseLabel.Wide(q)), ("stated", q.Printed), ("name", table.Name), ("table", table.Printed + table.Unit)),
                    [q.Evidence, table.Evidence], q.Value, tableValue,
                    relation: FindingFactory.Same(q.Printed, $"{table.Scope}表 {table.Name} {table.Printed}{table.Unit}"));
            }
        }
    }

    /// <summary>The table total a narrative amount's label names, as (table scope, total name).</summary>
    private static (string Scope, string Name)? Target(string text, IReadOnlyList<Quantity> quantities, Quantity q)
    {
        var m = Label().Match(ClauseLabel.Wide(q));
        if (!m.Success || ChangeRateCheck.IsChangeAmount(q))
        {
            return null;
        }

        var pre = m.Groups["pre"].Value;
        var key = m.Groups["key"].Value;
        var fund = pre.EndsWith("财政拨款", StringComparison.Ordinal) ? "财政拨款" : PlainPrefix().IsMatch(pre) ? string.Empty : null;
        switch (key)
        {
            case "收入支出总计" when fund is not null:
                return (fund + "收入支出总", "总计");
            case "本年收入合计" or "本年支出合计" when fund is not null:
                return (fund + "收入支出总", key);
            case "一般公共预算财政拨款支出" when pre.Length == 0 || PlainPrefix().IsMatch(pre):
                return ("一般公共预算财政拨款支出", "合计");
            case "一般公共预算财政拨款基本支出" when pre.Length == 0 || PlainPrefix().IsMatch(pre):
                return ("一般公共预算财政拨款支出", "基本支出");
            case "收入预算" or "支出预算" when fund is not null:
                return (fund == string.Empty ? "财务收支总" : "财政拨款收支总", key[..2] + "总计");
        }

        // A part of a list: its parent says which table it belongs to.
        if (pre.Length > 0 || ListParent.Of(text, quantities, q) is not { } parent)
        {
            return null;
        }

        var parentLabel = ClauseLabel.Wide(parent);
        return key switch
        {
            "基本支出" or "项目支出" when parentLabel.EndsWith("本年支出合计", StringComparison.Ordinal) => ("支出", key),
            "人员经费" or "公用经费" when parentLabel.EndsWith("一般公共预算财政拨款基本支出", StringComparison.Ordinal) => ("一般公共预算财政拨款基本支出", key + "合计"),
            _ => null,
        };
    }
}
