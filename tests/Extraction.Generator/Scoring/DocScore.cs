namespace Extraction.Generator.Scoring;

/// <summary>How the pipeline's JSON for one rendered document compares with its truth.</summary>
public sealed record DocScore(string Route, string Id, string Kind, bool Clean, bool Read)
{
    public int Rows { get; init; }

    public int RowsExact { get; init; }

    public int Figures { get; init; }

    public int FiguresFound { get; init; }

    public int Cells { get; init; }

    public int CellsFound { get; init; }

    public int Totals { get; init; }

    public int TotalsRight { get; init; }

    /// <summary>Table structure (<see cref="TableStructure"/>): non-empty truth cells, those found by text, by text and spans,
    /// truth adjacency relations, relations in the tables read, and those in both.</summary>
    public TableStructure.Counts Structure { get; init; } = new(0, 0, 0, 0, 0, 0);

    public string? TargetKind { get; init; }

    public string? Origin { get; init; }

    public string? Operator { get; init; }

    public bool? Detected { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    public IReadOnlyList<string> ErrorChecks { get; init; } = [];

    /// <summary>What went wrong, one line each (tab-separated: what, then detail): a missed planted error, a score row not
    /// exact, a wrong stated total or grade, a finding on a clean copy. For `generated --misses`.</summary>
    public IReadOnlyList<string> Faults { get; init; } = [];
}
