namespace Extraction.Results;

/// <summary>A place in the document a number or finding rests on: page, the quoted text, the box where
/// the format has geometry, and the table cell (table index in document order, row, column) where there is one.</summary>
public sealed record Evidence(int Page, string Quote)
{
    public Model.BoundingBox? Box { get; init; }

    public CellRef? Cell { get; init; }

    public double? Confidence { get; init; }

    /// <summary>The printed number this evidence is about ("206.52"), when it is about one: marked in the quote and
    /// boxed on the page.</summary>
    public string? Number { get; init; }

    /// <summary>Boxes of <see cref="Number"/> on the page (inside <see cref="Box"/>), from the page's word geometry.</summary>
    public IReadOnlyList<Model.BoundingBox>? Marks { get; init; }
}
