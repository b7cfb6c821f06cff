using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Extraction.Tests.Readers;

/// <summary>Builds .docx files for reader tests: body XML through the OpenXml SDK, or raw ZIP
/// packages for damaged ones.</summary>
internal static class DocxFiles
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";

    /// <summary>A document whose w:body holds <paramref name="bodyXml"/>; optional styles XML (w:style elements)
    /// and list definitions (w:abstractNum and w:num elements of numbering.xml).</summary>
    /// <param name="parts">Adds further parts (footnotes, embedded documents) to the main part.</param>
    public static ScratchFile WithBody(string bodyXml, string? stylesXml = null, string? numberingXml = null, Action<MainDocumentPart>? parts = null)
    {
        var file = ScratchFile.Empty("doc.docx");
        using (var document = WordprocessingDocument.Create(file.Path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (stylesXml is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{stylesXml}</w:styles>");
            }

            if (numberingXml is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{numberingXml}</w:numbering>");
            }

            parts?.Invoke(main);
        }

        return file;
    }

    public static string P(string text, string? properties = null) =>
        $"<w:p>{(properties is null ? string.Empty : $"<w:pPr>{properties}</w:pPr>")}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A paragraph in list <paramref name="numId"/> at level <paramref name="ilvl"/>.</summary>
    public static string Item(string text, int numId, int ilvl = 0) =>
        P(text, $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    /// <summary>A w:lvl: start, format, label text, and extra children (w:lvlRestart, w:isLgl, w:suff …).</summary>
    public static string Level(int ilvl, string format, string text, int start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>{extra}<w:lvlText w:val=\"{text}\"/></w:lvl>";

    public static string AbstractNum(int id, params string[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\">" + string.Concat(levels) + "</w:abstractNum>";

    public static string Num(int numId, int abstractNumId, string overrides = "") =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractNumId}\"/>{overrides}</w:num>";

    public static string Cell(string content, string? properties = null) =>
        $"<w:tc>{(properties is null ? string.Empty : $"<w:tcPr>{properties}</w:tcPr>")}{content}</w:tc>";

    public static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    public static string Table(int columns, params string[] rows) =>
        "<w:tbl><w:tblGrid>" + string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"1000\"/>", columns)) + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>A ZIP package with the given entries (name → content), for damaged documents.</summary>
    public static ScratchFile Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return ScratchFile.WithBytes("damaged.docx", buffer.ToArray());
    }

    public const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    public const string PackageRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    public static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }
}
