namespace Extraction.Pdf.Objects;

/// <summary>Integer or real; content-stream operands are usually read through <see cref="Double"/>.</summary>
internal abstract class PdfNumber : PdfObject
{
    public abstract double Double { get; }

    /// <summary>The value truncated toward zero and clamped to the int range (for counts, indexes, flags).</summary>
    public int Int32
    {
        get
        {
            var d = Double;
            if (double.IsNaN(d))
            {
                return 0;
            }

            return d >= int.MaxValue ? int.MaxValue : d <= int.MinValue ? int.MinValue : (int)d;
        }
    }
}
