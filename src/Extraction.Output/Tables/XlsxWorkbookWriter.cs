using Extraction.Messages;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Extraction.Output.Files;

namespace Extraction.Output.Tables;

/// <summary>Writes the batch tables as one workbook, one sheet each: a header row with the labels in the output's
/// language (Chinese by default), numbers as numeric cells, text as inline strings, coded values (severity, kind,
/// status, check) in words.</summary>
public static class XlsxWorkbookWriter
{
    public const string FileName = "extraction.xlsx";

    // Excel caps cell text at 32,767 characters.
    private const int MaxCellText = 32_767;

    public static void Write(IReadOnlyList<Sheet> sheets, string outputDirectory) =>
        AtomicFile.Write(Path.Combine(outputDirectory, FileName), stream =>
        {
            using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(
                    new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                    Data(sheet));
                sheetList.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Label });
            }

            workbookPart.Workbook.Save();
        });

    private static SheetData Data(Sheet sheet)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        foreach (var column in sheet.Columns)
        {
            header.Append(Text(column.Label, bold: true));
        }

        data.Append(header);
        uint index = 2;
        foreach (var values in sheet.Rows)
        {
            var row = new Row { RowIndex = index++ };
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                row.Append(value switch
                {
                    null => new Cell(),
                    decimal or int => new Cell { DataType = CellValues.Number, CellValue = new CellValue(CellText.Of(value)) },
                    string code when i < sheet.Columns.Count && sheet.Columns[i].Codes is { } prefix
                        && MessageCatalog.Default.Has($"{prefix}.{code}", sheet.Language) => Text(MessageCatalog.Default.Text($"{prefix}.{code}", sheet.Language), bold: false),
                    _ => Text(CellText.Of(value), bold: false),
                });
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell Text(string text, bool bold)
    {
        var clean = XmlSafeText.Clean(text, MaxCellText);
        return new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(clean) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = bold ? 1U : 0U,
        };
    }

    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }));
        styles.Stylesheet.Save();
    }
}
