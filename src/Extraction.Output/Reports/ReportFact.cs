namespace Extraction.Output.Reports;

/// <summary>One printed quantity with its key and group (the facts of the per-document JSON and facts.csv).</summary>
public sealed record ReportFact(
    string Measure,
    decimal Value,
    string Text,
    string? Unit,
    decimal? ValueYuan,
    int Group,
    string Origin,
    int Page,
    string Quote)
{
    public int Id { get; init; }

    public string? Period { get; init; }

    public string? Scope { get; init; }

    public string? Entity { get; init; }

    public string? Category { get; init; }

    public int Decimals { get; init; }

    public string? Table { get; init; }

    public string? Row { get; init; }

    public string? Column { get; init; }

    public ReportCell? Cell { get; init; }

    public int? PartOf { get; init; }
}
