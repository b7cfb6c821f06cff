using System.Net;
using System.Text.RegularExpressions;

namespace Extraction.Markdown;

/// <summary>Turns a line of Markdown inline syntax into its text: images dropped, links to their
/// text, emphasis and code marks removed, inline HTML tags removed (&lt;br&gt; becomes a line
/// break), entities decoded, LaTeX reduced, backslash escapes resolved.</summary>
internal static partial class InlineMarkdown
{
    public static string ToText(string markdown)
    {
        var text = LatexText.ReplaceMath(markdown);
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "$1");
        text = CodeSpan().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        text = Emphasis().Replace(text, "$1");
        text = LineBreakTag().Replace(text, "\n");
        text = Tag().Replace(text, string.Empty);
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex Tag();
}
