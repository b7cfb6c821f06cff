using Extraction.Layout;
using Extraction.Model;

namespace Extraction.Tests.Core.Layout;

/// <summary>Draws synthetic ruled grids as the cell-by-cell border segments a word processor emits.</summary>
internal sealed class GridDrawing
{
    private readonly double[] _xs;
    private readonly double[] _ys;
    private readonly HashSet<(int Boundary, int Cell)> _missingH = [];
    private readonly HashSet<(int Cell, int Boundary)> _missingV = [];

    public GridDrawing(double[] xs, double[] ys)
    {
        _xs = xs;
        _ys = ys;
    }

    /// <summary>Merges cells (row, column) .. (lastRow, lastColumn) by leaving out inner borders.</summary>
    public GridDrawing Merge(int row, int column, int lastRow, int lastColumn)
    {
        for (var r = row; r <= lastRow; r++)
        {
            for (var c = column + 1; c <= lastColumn; c++)
            {
                _missingV.Add((r, c));
            }
        }

        for (var r = row + 1; r <= lastRow; r++)
        {
            for (var c = column; c <= lastColumn; c++)
            {
                _missingH.Add((r, c));
            }
        }

        return this;
    }

    public List<RulingSegment> Segments()
    {
        var segments = new List<RulingSegment>();
        for (var i = 0; i < _ys.Length; i++)
        {
            for (var c = 0; c < _xs.Length - 1; c++)
            {
                if (!_missingH.Contains((i, c)))
                {
                    segments.Add(RulingSegment.Horizontal(_ys[i], _xs[c], _xs[c + 1]));
                }
            }
        }

        for (var j = 0; j < _xs.Length; j++)
        {
            for (var r = 0; r < _ys.Length - 1; r++)
            {
                if (!_missingV.Contains((r, j)))
                {
                    segments.Add(RulingSegment.Vertical(_xs[j], _ys[r], _ys[r + 1]));
                }
            }
        }

        return segments;
    }

    /// <summary>A fragment centred in grid cell (row, column).</summary>
    public TextFragment TextIn(int row, int column, string text)
    {
        var cx = (_xs[column] + _xs[column + 1]) / 2;
        var cy = (_ys[row] + _ys[row + 1]) / 2;
        var width = 6.0 * text.Length;
        return new TextFragment(text, new BoundingBox(cx - (width / 2), cy - 5, cx + (width / 2), cy + 5));
    }
}
