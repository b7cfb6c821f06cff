using System.Text.RegularExpressions;

namespace Extraction.Tests.Cli;

/// <summary>`extract --help` and every command's help describe each command, argument and option in Chinese by
/// default (a row whose description has no Chinese fails: a new option needs its line in Help/help_zh.json), and in
/// English with --lang en.</summary>
public sealed partial class HelpLanguageTests
{
    [Fact]
    public void Every_command_argument_and_option_is_described_in_chinese()
    {
        var root = ExtractProcess.Run("--help");
        Assert.Equal(0, root.ExitCode);
        var commands = Rows(root.Stdout, "命令").Select(r => r.Label.Split(' ')[0]).ToArray();
        Assert.Contains("check", commands);
        Assert.Contains("serve", commands);
        var missing = Rows(root.Stdout, "命令").Concat(Rows(root.Stdout, "选项")).Where(r => !Chinese().IsMatch(r.Description)).Select(r => "extract: " + r.Label).ToList();
        foreach (var command in commands)
        {
            var (code, stdout, _) = ExtractProcess.Run(command, "--help");
            Assert.Equal(0, code);
            var rows = Rows(stdout, "参数").Concat(Rows(stdout, "选项")).ToArray();
            Assert.NotEmpty(rows);
            missing.AddRange(rows.Where(r => !Chinese().IsMatch(r.Description)).Select(r => $"{command}: {r.Label}"));
            Assert.Matches(Chinese(), stdout.Split('\n')[1]); // the command's own description
            Assert.DoesNotContain("Description:", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("[default:", stdout, StringComparison.Ordinal);
        }

        Assert.True(missing.Count == 0, "described without Chinese (add them to src/Extraction.Cli/Help/help_zh.json):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Lang_en_keeps_the_english_descriptions()
    {
        var (code, stdout, _) = ExtractProcess.Run("check", "--help", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("Output folder: one <file>.json per document", stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(Chinese(), stdout);
    }

    // The two-column rows under a section heading ("选项:") up to the next blank line.
    private static IEnumerable<(string Label, string Description)> Rows(string help, string heading)
    {
        var lines = help.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd().StartsWith(heading, StringComparison.Ordinal) && l.TrimEnd().EndsWith(':'));
        if (start < 0)
        {
            yield break;
        }

        for (var i = start + 1; i < lines.Length && lines[i].Trim().Length > 0; i++)
        {
            var m = Row().Match(lines[i]);
            if (m.Success)
            {
                yield return (m.Groups["label"].Value, m.Groups["text"].Value);
            }
        }
    }

    [GeneratedRegex(@"^\s{2}(?<label>\S.*?)\s{2,}(?<text>\S.*)$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
