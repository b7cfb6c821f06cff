using Extraction.Reading;
using Xunit.Abstractions;

namespace Extraction.Tests.Corpus;

/// <summary>Every corpus/**/*.expected.json: the real pipeline (readers included) on the input beside it,
/// against its truth: score rows with exact weight and score, stated total, grade, figure recall.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        var root = RepositoryPaths.Combine("corpus");
        foreach (var file in Directory.EnumerateFiles(root, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Document_gives_its_expected_score_table_total_grade_and_figures(string expectedFile)
    {
        using var expected = new ExpectedFile(RepositoryPaths.Combine("corpus", expectedFile));
        var result = Extraction.Cli.Composition.Pipeline().Process(new SourceFile(expected.InputPath), CancellationToken.None);
        result.Problems.ToList().ForEach(p => output.WriteLine($"problem [{p.Stage}] {p.Message}"));

        var failures = new List<string>();
        var misses = new List<string>();
        var rows = CorpusMatching.ScoreRowFraction(expected.Rows, result.ScoreTables, misses);
        output.WriteLine($"score rows: {rows:P1} of {expected.Rows.Count} (need {expected.ScoreRows:P0})");
        misses.ForEach(m => output.WriteLine("  row " + m));
        if (rows < expected.ScoreRows)
        {
            failures.Add($"score rows {rows:P1} < {expected.ScoreRows:P0}:\n  " + string.Join("\n  ", misses));
        }

        if (expected.StatedTotal is { } total && result.Metadata.StatedTotal?.Value != total)
        {
            failures.Add($"stated total: expected {total}, found {result.Metadata.StatedTotal?.Text ?? "none"}");
        }

        if (expected.Grade is { } grade && result.Metadata.StatedGrade != grade)
        {
            failures.Add($"grade: expected {grade}, found {result.Metadata.StatedGrade ?? "none"}");
        }

        if (expected.Figures is { } need && expected.TruthFigures is { } truthFigures)
        {
            var figureMisses = new List<string>();
            var recall = TruthFigures.Recall(truthFigures, result.Figures, figureMisses);
            output.WriteLine($"figures: {recall:P1} (need {need:P0})");
            figureMisses.ForEach(m => output.WriteLine("  figure " + m));
            if (recall < need)
            {
                failures.Add($"figure recall {recall:P1} < {need:P0}:\n  " + string.Join("\n  ", figureMisses));
            }
        }

        Assert.True(failures.Count == 0, expectedFile + ":\n" + string.Join("\n", failures));
    }
}
