namespace Extraction.Layout;

/// <summary>Tolerances (points) for turning ruling segments into a table grid.</summary>
public sealed record TableBuilderOptions
{
    public static TableBuilderOptions Default { get; } = new();

    /// <summary>Segments whose positions differ by at most this much are the same line
    /// (anti-aliased double strokes, rounding, cell borders drawn twice).</summary>
    public double SnapTolerance { get; init; } = 2.0;

    /// <summary>Collinear segments separated by a gap up to this much are joined (broken lines).</summary>
    public double JoinTolerance { get; init; } = 3.0;

    /// <summary>How far a segment may stop short of another and still meet it.</summary>
    public double IntersectionTolerance { get; init; } = 3.0;

    /// <summary>Grid rows or columns thinner than this are merged away (double borders).</summary>
    public double MinCellSize { get; init; } = 4.0;

    /// <summary>Share of a grid edge a line must cover to count as a border between two cells.</summary>
    public double EdgeCoverage { get; init; } = 0.5;

    /// <summary>Segments shorter than this are ignored (glyph strokes, dots).</summary>
    public double MinSegmentLength { get; init; } = 3.0;

    /// <summary>Tables need at least this many rows and columns (a boxed paragraph is not a table).</summary>
    public int MinRows { get; init; } = 1;

    public int MinColumns { get; init; } = 2;

    /// <summary>Upper bound on grid lines per axis, so hostile input cannot explode the grid.</summary>
    public int MaxGridLines { get; init; } = 2000;
}
