using System.CommandLine;
using Extraction.Output;
using Extraction.Reading;
using Extraction.Results;

namespace Extraction.Cli;

/// <summary>`extract check PATH... [--out DIR]`: the main job.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders (searched recursively for .pdf .docx .html .htm .md .txt)." };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => "output" };
        var command = new Command("check", "Extract score tables and figures, re-score, and flag inconsistencies.") { paths, output };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(output) ?? "output"));
        return command;
    }

    private static int Run(string[] paths, string outputDirectory)
    {
        var inputs = InputFiles.Expand(paths, out var missing);
        foreach (var m in missing)
        {
            Console.Error.WriteLine($"{m}: no such file or folder");
        }

        if (inputs.Count == 0)
        {
            Console.Error.WriteLine("no documents to process");
            return ExitCodes.BadCommandLine;
        }

        Directory.CreateDirectory(outputDirectory);
        var pipeline = Composition.Pipeline();
        var results = new List<DocumentResult>();
        foreach (var path in inputs)
        {
            Console.Error.WriteLine($"[{results.Count + 1}/{inputs.Count}] {Path.GetFileName(path)}");
            results.Add(pipeline.Process(new SourceFile(path), CancellationToken.None));
        }

        foreach (var writer in ResultWriters.All())
        {
            writer.Write(results, outputDirectory);
        }

        var failed = results.Count(r => r.Document is null);
        Console.Error.WriteLine($"processed {results.Count}, failed {failed}, findings {results.Sum(r => r.Findings.Count)}");
        return failed > 0 || missing.Count > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
