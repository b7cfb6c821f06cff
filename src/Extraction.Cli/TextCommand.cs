using System.CommandLine;
using Extraction.Model;
using Extraction.Reading;

namespace Extraction.Cli;

/// <summary>`extract text FILE...`: each document's text in reading order to stdout.</summary>
public static class TextCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Arity = ArgumentArity.OneOrMore, Description = "Documents (or folders, searched recursively) to print; several are separated by \"==> name <==\" lines." };
        var command = new Command("text", "Print each document's text in reading order (tables as tab-separated rows).") { files };
        command.SetAction(parse => Run(parse.GetValue(files) ?? []));
        return command;
    }

    private static int Run(string[] paths)
    {
        var inputs = InputFiles.Expand(paths, out var missing);
        foreach (var m in missing)
        {
            Console.Error.WriteLine($"{m}: no such file or folder");
        }

        if (inputs.Count == 0)
        {
            return ExitCodes.BadCommandLine;
        }

        var stages = Composition.Stages();
        var failed = missing.Count > 0;
        foreach (var path in inputs)
        {
            var file = new SourceFile(path);
            var type = FormatSniffer.Sniff(file);
            var reader = stages.Readers.FirstOrDefault(r => r.CanRead(type));
            if (reader is null)
            {
                Console.Error.WriteLine($"{file.Name}: no reader for {FormatSniffer.Describe(type)}");
                failed = true;
                continue;
            }

            try
            {
                var document = reader.Read(file, ReaderOptions.Default, CancellationToken.None);
                var pending = document.Pages.Where(p => p.Kind == PageKind.NeedsOcr).ToArray();
                if (pending.Length > 0 && stages.Recognizer is { } ocr && ocr.IsAvailable(out _))
                {
                    var byNumber = ocr.Recognize(file, pending, CancellationToken.None).ToDictionary(p => p.Number);
                    document = document with { Pages = document.Pages.Select(p => byNumber.GetValueOrDefault(p.Number, p)).ToArray() };
                }

                if (inputs.Count > 1)
                {
                    Console.Out.Write($"==> {file.Name} <==\n");
                }

                Console.Out.Write(DocumentText.Render(document));
            }
            catch (DocumentReadException ex)
            {
                Console.Error.WriteLine($"{file.Name}: {ex.Message}");
                failed = true;
            }
        }

        return failed ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
