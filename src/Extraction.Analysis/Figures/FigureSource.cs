using Extraction.Model;
using Extraction.Results;

namespace Extraction.Analysis.Figures;

/// <summary>Where a text comes from: page, box, table cell, and whether it is narrative or a table cell.</summary>
internal sealed record FigureSource(int Page, BoundingBox? Box, CellRef? Cell, string Origin, double? Confidence);
