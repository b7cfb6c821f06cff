using System.Buffers;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Extraction.Text;

namespace Extraction.Markdown;

/// <summary>The text of Markdig inlines as a reader of the page sees it: images dropped, links and emphasis to their
/// text, code spans to their content, entities decoded, inline tags dropped, LaTeX reduced by <see cref="LatexText"/>
/// on the text (not Markdig's math extension: it does not take a formula followed by a Chinese character,
/// `$90\% \leq$满意度`, and then pairs the wrong dollars).
/// An inline &lt;br&gt; ends a segment (the reader makes each segment a paragraph, a cell keeps it as a line).</summary>
internal static class MarkdigText
{
    private static readonly SearchValues<char> SyntaxChars = SearchValues.Create("\\`*_[]<>&$!~");

    /// <summary>The segments of a leaf block's inlines, each collapsed; empty ones dropped.</summary>
    public static List<string> Segments(LeafBlock block)
    {
        var segments = new List<string>();
        if (block.Inline is null)
        {
            return segments;
        }

        var current = new StringBuilder();
        Append(block.Inline, current, segments);
        Close(current, segments);
        return segments;
    }

    /// <summary>A line of Markdown inline syntax (text from an HTML cell, a fragment after a table) as text, its
    /// &lt;br&gt; segments joined by "\n".</summary>
    public static string Inline(string markdown)
    {
        if (markdown.AsSpan().IndexOfAny(SyntaxChars) < 0)
        {
            // Nothing Markdown or LaTeX would change (most cells): skip the parse.
            return ParagraphText.Collapse(markdown);
        }

        var lines = new List<string>();
        foreach (var block in Markdig.Markdown.Parse(markdown, MarkdigPipeline.InlineOnly).Descendants<LeafBlock>())
        {
            lines.AddRange(Segments(block));
        }

        return string.Join('\n', lines);
    }

    /// <summary>A leaf block without inlines (code, math or HTML block): its source lines.</summary>
    public static IEnumerable<string> Raw(LeafBlock block) =>
        block.Lines.Lines is null ? [] : block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString());

    private static void Append(ContainerInline container, StringBuilder current, List<string> segments)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    current.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    current.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    current.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    current.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    current.Append('\n');
                    break;
                case HtmlInline html when IsLineBreak(html.Tag):
                    Close(current, segments);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case DelimiterInline delimiter:
                    // A bracket or emphasis mark nothing closed: text as written.
                    current.Append(delimiter.ToLiteral());
                    Append(delimiter, current, segments);
                    break;
                case ContainerInline nested:
                    Append(nested, current, segments);
                    break;
            }
        }
    }

    private static void Close(StringBuilder current, List<string> segments)
    {
        var text = ParagraphText.Collapse(LatexText.ReplaceMath(current.ToString()));
        current.Clear();
        if (text.Length > 0)
        {
            segments.Add(text);
        }
    }

    private static bool IsLineBreak(string tag) =>
        tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && (tag.Length == 3 || !char.IsAsciiLetterOrDigit(tag[3]));
}
