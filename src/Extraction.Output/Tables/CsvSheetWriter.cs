using CsvHelper;
using Extraction.Output.Files;

namespace Extraction.Output.Tables;

/// <summary>Writes a sheet as &lt;name&gt;.csv: UTF-8 with BOM (Excel and WPS then read Chinese correctly),
/// RFC 4180 quoting, header = the stable column names (or, on request, the labels). Text that a spreadsheet would run as a formula
/// (=, +, -, @ first) is prefixed with ' ; numbers are written as numbers.</summary>
public static class CsvSheetWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static string FileName(Sheet sheet) => sheet.Name + ".csv";

    /// <summary>Writes the sheet; <paramref name="labelledHeader"/> puts the labels (sheet.Language) in the header
    /// row instead of the stable column names (`--csv-headers zh`).</summary>
    public static void Write(Sheet sheet, string outputDirectory, bool labelledHeader = false) =>
        AtomicFile.Write(Path.Combine(outputDirectory, FileName(sheet)), stream =>
        {
            using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            csv.WriteRecord(sheet.Columns.Select(c => labelledHeader ? c.Label : c.Name).ToArray());
            foreach (var row in sheet.Rows)
            {
                foreach (var cell in row)
                {
                    switch (cell)
                    {
                        case decimal d:
                            csv.WriteField(d, default, System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        case int i:
                            csv.WriteField(i, default, System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        default:
                            csv.WriteField(CellText.Of(cell));
                            break;
                    }
                }

                csv.EndRecord();
            }

            csv.Flush();
        });
}
