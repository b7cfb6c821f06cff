using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Extraction.Model;
using Extraction.Reading;
using Extraction.Word.Numbering;
using Extraction.Messages;

namespace Extraction.Word;

/// <summary>Reads one main document part (the package's, or an embedded .docx altChunk's) with its own
/// styles and list definitions into blocks and problems.</summary>
internal static class WordPartReader
{
    private const string Stage = "docx";

    /// <param name="pages">The page counter to continue (an embedded document goes on the page it is placed on); null for a new one.</param>
    /// <param name="chunkDepth">How many altChunk documents this part is embedded in.</param>
    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<Problem> Problems) Read(
        MainDocumentPart main, ReaderOptions options, CancellationToken cancellationToken, WordPagination? pages = null, int chunkDepth = 0)
    {
        var problems = new List<Problem>();
        var styles = WordStyles.Empty;
        try
        {
            styles = WordStyles.Load(main);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            problems.Add(Problem.Of(Stage, Msg.Of("problem.docx_styles", ("detail_en", ex.Message))));
        }

        var numbering = WordNumbering.Empty;
        try
        {
            numbering = WordNumbering.Load(main, styles);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            problems.Add(Problem.Of(Stage, Msg.Of("problem.docx_numbering", ("detail_en", ex.Message))));
        }

        var body = main.Document?.Body;
        if (body is null)
        {
            problems.Add(Problem.Of(Stage, Msg.Of("problem.docx_no_body")));
            return ([], problems);
        }

        var walker = new WordBodyWalker(new WordBodyContext(main, styles, numbering, options, chunkDepth, cancellationToken), body, pages);
        walker.WalkBlocks(body, 0);
        problems.AddRange(walker.Problems);
        return (walker.Blocks, problems);
    }
}
