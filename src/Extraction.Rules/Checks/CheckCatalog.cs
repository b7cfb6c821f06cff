using Extraction.Pipeline;
using Extraction.Rules.Checks.Budget;
using Extraction.Rules.Checks.Indicators;

namespace Extraction.Rules.Checks;

/// <summary>Every check the product runs, in order.</summary>
public static class CheckCatalog
{
    public static IReadOnlyList<ICheck> All() =>
    [
        new TotalCheck(),
        new ColumnTotalCheck(),
        new SubtotalCheck(),
        new GradeCheck(),
        new WeightSumCheck(),
        new ScoreExceedsWeightCheck(),
        new StatedScoreWithinWeightCheck(),
        new RescoreCheck(),
        new AverageCheck(),
        new ShareCheck(),
        new SiblingShareCheck(),
        new Rates.NamedRateCheck(),
        new Rates.TableRateCheck(),
        new ChangeRateCheck(),
        new ChangeAmountCheck(),
        new BudgetCompletionCheck(),
        new BudgetComparisonCheck(),
        new ComponentSumCheck(),
        new ListCountCheck(),
        new TableColumnSumCheck(),
        new TablePartsCheck(),
        new SubjectHierarchyCheck(),
        new ExpenseGroupCheck(),
        new RowTotalCheck(),
        new OutlineSumCheck(),
        new SameSubjectCheck(),
        new FormulaCheck(),
        new RepeatedFigureCheck(),
        new SameFactCheck(),
        new RuleTextCheck(),
        new ReportYearCheck(),
        new IndicatorStatementCheck(),
        new ScoreTableAgreementCheck(),
        new SectionSummaryCheck(),
        new NoteActualCheck(),
    ];
}
