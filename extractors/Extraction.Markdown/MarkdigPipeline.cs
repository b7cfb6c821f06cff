using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;

namespace Extraction.Markdown;

/// <summary>The one Markdig pipeline the reader parses with: CommonMark plus pipe tables (cut or padded to the header
/// width; pipes in code spans do not split). Grid tables are not read: Markdig places their columns by character
/// count, and a Chinese character is two columns wide in the aligned text converters write, so the cells come out
/// cut and shifted. Off, because
/// converters write these shapes meaning something else: indented code blocks (an indented body paragraph) and setext
/// headings (a text line over a dashed rule is a table row or a separator, not a title).</summary>
internal static class MarkdigPipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    /// <summary>Inline syntax only (every line is paragraph text): for text that is already out of its block, an HTML
    /// cell's lines or the rest of a line after a table, where "1." or "#" at the start is text.</summary>
    public static MarkdownPipeline InlineOnly { get; } = BuildInlineOnly();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables(new PipeTableOptions { UseHeaderForColumnCount = true });
        builder.BlockParsers.RemoveAll(p => p is IndentedCodeBlockParser);
        builder.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
        return builder.Build();
    }

    private static MarkdownPipeline BuildInlineOnly()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new ParagraphBlockParser());
        return builder.Build();
    }
}
