using System.Globalization;
using Extraction.Reading;
using Extraction.Results;

namespace Extraction.Tests.Readers.Unseen;

/// <summary>Runs a written document through the real pipeline and states indicators as comparable lines.</summary>
internal static class UnseenPipeline
{
    public static DocumentResult Process(ScratchFile file) =>
        Extraction.Cli.Composition.Pipeline().Process(new SourceFile(file.Path), CancellationToken.None);

    /// <summary>"一级/二级/三级 weight score" for every row of <see cref="UnseenReport"/>.</summary>
    public static IEnumerable<string> ExpectedRows() =>
        UnseenReport.Rows.Select(r => $"{r.Level1}/{r.Level2}/{r.Level3} {r.Weight:0.##} {r.Score:0.##}");

    public static IEnumerable<string> FoundRows(ScoreTable table) =>
        table.Indicators.Select(i => $"{string.Join("/", i.Path)} {i.Weight:0.##} {i.Score:0.##}");

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
