using Extraction.Generator.Model;

namespace Extraction.Generator.Kinds;

/// <summary>The budget quantities a narrative talks about (quantity ids) and the mentions the budget table printed.</summary>
public sealed record BudgetFigures(string Initial, string Basic, string ProjectPart, string Adjusted, string Spent, string Rate, string LastYear)
{
    public Run? TableSpent { get; init; }
}
