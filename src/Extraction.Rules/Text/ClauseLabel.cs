namespace Extraction.Rules.Text;

/// <summary>The words a number is stated for: the text before it back to the previous clause break or number
/// ("…年初预算为1560.05万元" → "年初预算为").</summary>
public static class ClauseLabel
{
    private const string Breaks = "，,。；;：:、\n（）()";

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
    public static string Wide(Quantity q, int max = 40)
    {
        var text = q.Passage.Text;
        var start = q.Start;
        while (start > 0 && q.Start - start < max && !"，,。；;：:\n".Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        return text[start..q.Start].Trim();
    }
}
