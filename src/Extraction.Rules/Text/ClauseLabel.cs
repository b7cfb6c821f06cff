namespace Extraction.Rules.Text;

/// <summary>The words a number is stated for: the text before it back to the previous clause break or number
/// ("…年初预算为1560.05万元" → "年初预算为").</summary>
public static class ClauseLabel
{
    private const string Breaks = "，,。；;：:、\n（）()";

    /// <summary>Clause breaks of <see cref="Before"/> and <see cref="Wide"/> (list commas 、 and brackets stay inside).</summary>
    private const string ClauseBreaks = "，,。；;：:\n";

    public static string Of(Quantity q, int max = 30)
    {
        var text = q.Passage.Text;
        var start = q.Start;
        while (start > 0 && q.Start - start < max && !Breaks.Contains(text[start - 1], StringComparison.Ordinal) && !char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return text[start..q.Start].Trim();
    }

    /// <summary>The label with round brackets kept ("一般公共服务支出（类）"), back to a clause break.</summary>
    public static string Wide(Quantity q, int max = 40) => Before(q.Passage.Text, q.Start, max: max);

    /// <summary>The words before <paramref name="end"/> back to a clause break, not before <paramref name="from"/> and at
    /// most <paramref name="max"/> characters; with <paramref name="stopAtNumber"/> also back to a digit or percent sign
    /// (a rate's name: "…执行率为" of "…12634.70万元，执行率为93.35%").</summary>
    public static string Before(string text, int end, int from = 0, int max = 40, bool stopAtNumber = false)
    {
        var start = end;
        while (start > from && end - start < max && !ClauseBreaks.Contains(text[start - 1], StringComparison.Ordinal)
               && !(stopAtNumber && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '%' or '％')))
        {
            start--;
        }

        return text[start..end].Trim();
    }
}
