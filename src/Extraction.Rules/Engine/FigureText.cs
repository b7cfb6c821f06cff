using Extraction.Results;

namespace Extraction.Rules.Engine;

internal static class FigureText
{
    /// <summary>The printed number with its unit, once ("54.06%" whether or not the text kept the unit).</summary>
    public static string Show(Figure f) => f.Unit is { } u && !f.Text.EndsWith(u, StringComparison.Ordinal) ? f.Text + u : f.Text;
}
