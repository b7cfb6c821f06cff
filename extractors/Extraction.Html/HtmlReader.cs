using System.Globalization;
using AngleSharp.Html.Parser;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Text;
using Extraction.Messages;

namespace Extraction.Html;

/// <summary>Reads a web page's article: paragraphs and headings in order, tables with their spans
/// resolved, without the site's menus, navigation, banners, footers, scripts and styles.
/// The encoding comes from a BOM, then the page's declared charset, then a UTF-8/GB18030 guess.</summary>
public sealed class HtmlReader : IDocumentReader
{
    private const string Stage = "html";

    /// <summary>Markup deeper than the depth limit is skipped while walking; markup this many
    /// times deeper is refused before parsing (see <see cref="MarkupNesting"/>).</summary>
    private const int MaxDepthFactor = 16;

    public string Format => SourceFormat.Html;

    public bool CanRead(SniffedType type) => type is SniffedType.Html;

    public Document Read(SourceFile file, ReaderOptions options, CancellationToken cancellationToken)
    {
        var bytes = SourceBytes.ReadAll(file, options, Stage);
        try
        {
            var decoded = TextDecoder.Decode(bytes, HtmlCharset.Declared(bytes));
            return ReadText(decoded, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.html_failed", ("detail_en", ex.Message)), ex);
        }
    }

    internal static Document ReadText(DecodedText decoded, ReaderOptions options, CancellationToken cancellationToken)
    {
        var nesting = MarkupNesting.MaxDepth(decoded.Text);
        var allowed = options.MaxDepth * MaxDepthFactor;
        if (nesting > allowed)
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.html_too_deep",
                ("max", allowed.ToString(CultureInfo.InvariantCulture)), ("found", nesting.ToString(CultureInfo.InvariantCulture))));
        }

        var parser = new HtmlParser();
        var document = parser.ParseDocument(decoded.Text);
        var body = document.Body ?? document.DocumentElement;
        var content = HtmlContentRoot.Measure(body, options.MaxDepth);
        var (pages, problems) = HtmlBlockWalker.Walk(content, options, cancellationToken);
        if (decoded.Evidence.StartsWith("declared ", StringComparison.Ordinal))
        {
            problems.Add(Problem.Of(Stage, Msg.Of("problem.html_charset", ("detail_en", decoded.Evidence), ("encoding", decoded.EncodingName.ToUpperInvariant()))));
        }

        var modelPages = pages.Select((blocks, i) => new Page(i + 1, blocks)).ToList();
        return new Document(SourceFormat.Html, modelPages, problems);
    }
}
