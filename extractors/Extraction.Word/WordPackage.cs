using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Extraction.Reading;
using Extraction.Messages;

namespace Extraction.Word;

/// <summary>Opens a .docx and checks it before the SDK builds its object tree: a ZIP package,
/// a main document part, well-formed XML no deeper than the limit (the SDK loads elements
/// recursively, so hostile nesting would overflow the stack).</summary>
internal static class WordPackage
{
    private const string Stage = "docx";

    /// <summary>Element depth allowed in document.xml: tables and text boxes nest a few levels each.</summary>
    private const int XmlDepthPerLevel = 8;

    public static WordprocessingDocument Open(SourceFile file, Stream stream, ReaderOptions options)
    {
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxDecodedBytes });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException
                                       or XmlException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.docx_not_package", ("detail_en", ex.Message)), ex);
        }

        try
        {
            var main = document.MainDocumentPart ?? throw new DocumentReadException(Stage, Msg.Of("problem.docx_no_main", ("detail_en", "word/document.xml")));
            CheckXml(file.Name, main, options);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Refuses malformed XML and XML nested deeper than the limit in a main part (<paramref name="name"/> names it in messages).</summary>
    public static void CheckXml(string name, MainDocumentPart main, ReaderOptions options)
    {
        var maxDepth = options.MaxDepth * XmlDepthPerLevel;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxDecodedBytes,
        };
        try
        {
            using var stream = main.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth > maxDepth)
                {
                    throw new DocumentReadException(Stage, Msg.Of("problem.docx_xml_too_deep", ("max", maxDepth.ToString(CultureInfo.InvariantCulture)), ("line", LineOf(reader).ToString(CultureInfo.InvariantCulture))));
                }
            }
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.docx_xml_malformed", ("line", ex.LineNumber.ToString(CultureInfo.InvariantCulture)),
                ("position", ex.LinePosition.ToString(CultureInfo.InvariantCulture)), ("detail_en", ex.Message)), ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or OpenXmlPackageException)
        {
            throw new DocumentReadException(Stage, Msg.Of("problem.docx_part_damaged", ("detail_en", ex.Message)), ex);
        }
    }

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
