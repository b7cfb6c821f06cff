namespace Extraction.Pdf.Graphics;

/// <summary>Collects the current path (m l c v y re h) with points already in display space.
/// Bounded: a hostile path with millions of points stops growing.</summary>
internal sealed class PathBuilder
{
    private const int MaxPoints = 200_000;
    private readonly List<SubPath> _subPaths = [];
    private int _points;

    public IReadOnlyList<SubPath> SubPaths => _subPaths;

    public void MoveTo(double x, double y)
    {
        var sub = new SubPath();
        sub.Points.Add((x, y));
        _subPaths.Add(sub);
        _points++;
    }

    public void LineTo(double x, double y)
    {
        if (_subPaths.Count == 0)
        {
            MoveTo(x, y);
            return;
        }

        if (_points++ < MaxPoints)
        {
            _subPaths[^1].Points.Add((x, y));
        }
    }

    public void CurveTo(double x, double y)
    {
        LineTo(x, y);
        if (_subPaths.Count > 0)
        {
            _subPaths[^1].HasCurves = true;
        }
    }

    public void Rectangle((double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3)
    {
        MoveTo(p0.X, p0.Y);
        LineTo(p1.X, p1.Y);
        LineTo(p2.X, p2.Y);
        LineTo(p3.X, p3.Y);
        Close();
    }

    public void Close()
    {
        if (_subPaths.Count > 0)
        {
            _subPaths[^1].Closed = true;
        }
    }

    public void Clear()
    {
        _subPaths.Clear();
        _points = 0;
    }
}
