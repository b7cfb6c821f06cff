using System.Globalization;

namespace Extraction.Pdf.Fonts;

/// <summary>Advance widths (1/1000 em) of the standard 14 fonts' Latin glyphs, for simple fonts that omit
/// /Widths (the standard 14 need not carry them). Helvetica and Times in regular and bold, Courier
/// (monospaced); italics use the upright widths, which is close enough for word spacing.</summary>
internal static class StandardFontMetrics
{
    // Widths of U+0020..U+007E in order.
    private const string Helvetica =
        "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 " +
        "278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 " +
        "611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 " +
        "556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584";

    private const string HelveticaBold =
        "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 " +
        "333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 " +
        "611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 " +
        "611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584";

    private const string Times =
        "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 500 500 500 " +
        "278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 611 889 722 722 556 722 667 556 " +
        "611 722 722 944 722 722 611 333 278 333 469 500 333 444 500 444 500 444 333 500 500 278 278 500 278 778 " +
        "500 500 500 500 333 389 278 500 500 722 500 500 444 480 200 480 541";

    private const string TimesBold =
        "250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500 500 500 500 500 " +
        "333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778 667 944 722 778 611 778 722 556 " +
        "667 722 722 1000 722 722 667 333 278 333 581 500 333 500 556 444 556 444 333 500 556 278 333 556 278 833 " +
        "556 500 556 556 444 389 333 556 500 722 500 500 444 394 220 394 520";

    private static readonly Lazy<double[]> HelveticaWidths = new(() => Parse(Helvetica));
    private static readonly Lazy<double[]> HelveticaBoldWidths = new(() => Parse(HelveticaBold));
    private static readonly Lazy<double[]> TimesWidths = new(() => Parse(Times));
    private static readonly Lazy<double[]> TimesBoldWidths = new(() => Parse(TimesBold));

    /// <summary>A width function for a base font name, or null when the name is not a standard font
    /// (or a common alias of one: Arial, Times New Roman, Courier New).</summary>
    public static Func<string?, double>? ForFont(string baseFont)
    {
        var name = baseFont;
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        if (plus == 6)
        {
            name = name[(plus + 1)..];
        }

        var lower = name.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var bold = lower.Contains("bold", StringComparison.Ordinal) || lower.Contains("black", StringComparison.Ordinal);
        if (lower.StartsWith("courier", StringComparison.Ordinal))
        {
            return _ => 600;
        }

        double[]? table = null;
        if (lower.StartsWith("helvetica", StringComparison.Ordinal) || lower.StartsWith("arial", StringComparison.Ordinal))
        {
            table = bold ? HelveticaBoldWidths.Value : HelveticaWidths.Value;
        }
        else if (lower.StartsWith("times", StringComparison.Ordinal))
        {
            table = bold ? TimesBoldWidths.Value : TimesWidths.Value;
        }

        if (table is null)
        {
            return null;
        }

        var fallback = table['n' - 0x20];
        return text => text is { Length: 1 } && text[0] is >= ' ' and <= '~' ? table[text[0] - 0x20] : fallback;
    }

    private static double[] Parse(string widths) =>
        widths.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();
}
