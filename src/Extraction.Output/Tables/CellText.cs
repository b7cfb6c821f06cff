using System.Globalization;

namespace Extraction.Output.Tables;

/// <summary>Culture-independent text for a table cell (decimals keep their printed scale).</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
