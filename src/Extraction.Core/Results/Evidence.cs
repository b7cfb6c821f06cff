namespace Extraction.Results;

/// <summary>A place in the document a number or finding rests on: page, the quoted text, the box where
/// the format has geometry, and the table cell (table index in document order, row, column) where there is one.</summary>
public sealed record Evidence(int Page, string Quote)
{
    public Model.BoundingBox? Box { get; init; }

    public CellRef? Cell { get; init; }

    public double? Confidence { get; init; }

    /// <summary>Below this an OCR reading is doubtful (the recogniser's least sure digit, or a point or digit put back from
    /// the ink's width): findings resting on it say to verify against the scan.</summary>
    public const double LowConfidence = 0.8;

    /// <summary>The printed number this evidence is about ("206.52"), when it is about one: marked in the quote and
    /// boxed on the page.</summary>
    public string? Number { get; init; }

    /// <summary>Boxes of <see cref="Number"/> on the page (inside <see cref="Box"/>), from the page's word geometry.</summary>
    public IReadOnlyList<Model.BoundingBox>? Marks { get; init; }
}
