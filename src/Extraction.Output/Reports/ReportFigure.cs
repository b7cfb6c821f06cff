namespace Extraction.Output.Reports;

/// <summary>Contract figure; everything after <see cref="ValueYuan"/> is an extension.</summary>
public sealed record ReportFigure(
    string Label,
    decimal Value,
    string Text,
    string? Unit,
    int Page,
    string Quote,
    decimal? ValueYuan)
{
    public int Decimals { get; init; }

    public string Origin { get; init; } = "text";

    public bool Approximate { get; init; }

    public ReportBox? Box { get; init; }

    public ReportCell? Cell { get; init; }

    public double? Confidence { get; init; }
}
