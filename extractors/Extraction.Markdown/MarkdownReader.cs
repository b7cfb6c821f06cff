using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Messages;

namespace Extraction.Markdown;

/// <summary>Reads Markdown and plain text as converters produce them: headings, paragraphs, pipe
/// tables, HTML table blocks (with merged cells), tab-separated layout tables and LaTeX fragments
/// reduced to text. Encoding: BOM (UTF-8/UTF-16), else UTF-8 when valid, else GB18030.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    private const string Stage = "markdown";
    private const int SniffBytes = 4096;

    public string Format => SourceFormat.Markdown;

    public bool CanRead(SniffedType type) => type is SniffedType.Markdown or SniffedType.Text;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken)
    {
        var bytes = SourceBytes.ReadAll(file, options, Stage);
        try
        {
            var markdown = file.Extension is ".md" or ".markdown"
                || FormatSniffer.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, SniffBytes)), file.Extension) == SniffedType.Markdown;
            return ReadText(TextDecoder.Decode(bytes).Text, markdown, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.md_failed", ("detail_en", ex.Message)), ex);
        }
    }

    internal static Document ReadText(string text, bool markdown, ReaderOptions options, CancellationToken cancellationToken)
    {
        var (pages, problems) = MarkdownParser.Parse(text, markdown, options, cancellationToken);
        return new Document(markdown ? SourceFormat.Markdown : SourceFormat.Text,
            pages.Select((blocks, i) => new Page(i + 1, blocks)).ToList(), problems);
    }
}
