using System.CommandLine;
using Extraction.Messages;
using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Cli;

/// <summary>`extract text FILE...`: each document's text in reading order to stdout.</summary>
public static class TextCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Arity = ArgumentArity.OneOrMore, Description = "Documents (or folders, searched recursively) to print; several are separated by \"==> name <==\" lines." };
        var ocr = OcrOption.Create();
        var command = new Command("text", "Print each document's text in reading order (tables as tab-separated rows).") { files, ocr };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(ocr)));
        return command;
    }

    private static int Run(string[] paths, Ocr.OcrEngine ocr)
    {
        var inputs = InputFiles.Expand(paths, out var missing);
        foreach (var m in missing)
        {
            Console.Error.WriteLine(Msg.Of("cli.missing", ("path", m)).Render(Language.Zh));
        }

        if (inputs.Count == 0)
        {
            return ExitCodes.BadCommandLine;
        }

        var pipeline = Composition.Pipeline(ocr: ocr);
        var failed = missing.Count > 0;
        foreach (var path in inputs)
        {
            var file = new SourceFile(path);
            var problems = new List<Problem>();
            var document = pipeline.ReadDocument(file, problems, CancellationToken.None);
            if (document is null)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem.Text?.Render(Language.Zh) ?? problem.Message);
                }

                failed = true;
                continue;
            }

            if (inputs.Count > 1)
            {
                Console.Out.Write($"==> {file.Name} <==\n");
            }

            Console.Out.Write(DocumentText.Render(document));
        }

        return failed ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
