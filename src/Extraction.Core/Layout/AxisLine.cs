namespace Extraction.Layout;

/// <summary>An axis-aligned line: its position across the axis and its extent along it
/// (for a horizontal line: y, x from, x to).</summary>
internal readonly record struct AxisLine(double Position, double Start, double End)
{
    public double Length => End - Start;
}
