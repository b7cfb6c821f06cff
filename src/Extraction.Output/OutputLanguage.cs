using Extraction.Messages;

namespace Extraction.Output;

/// <summary>The language of the batch's human text (messages, report.html, workbook headers), and the CSV header
/// row: the stable English column names (the contract, default) or labels in a language on request.</summary>
public sealed record OutputLanguage(Language Text = Language.Zh, Language? CsvHeaders = null)
{
    public static OutputLanguage Default { get; } = new();
}
