using Extraction.Results;

namespace Extraction.Rules.Text;

/// <summary>A paragraph or a table cell's text with its evidence (page, cell, OCR confidence).</summary>
public sealed record Passage(string Text, Evidence Evidence, bool InTable)
{
    /// <summary>The sentence (up to 。；!? or line breaks) around a span, trimmed to at most 120 characters.</summary>
    public string QuoteAround(int start, int end)
    {
        var s = start;
        while (s > 0 && !IsStop(Text[s - 1]) && start - s < 80)
        {
            s--;
        }

        var e = end;
        while (e < Text.Length && !IsStop(Text[e]) && e - end < 60)
        {
            e++;
        }

        return Text[s..e].Trim();
    }

    private static bool IsStop(char c) => c is '。' or '；' or ';' or '\n' or '！' or '？';
}
