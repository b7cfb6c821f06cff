using System.CommandLine;

namespace Extraction.Cli;

/// <summary>`extract text FILE...`: each document's text in reading order to stdout (<see cref="TextRun"/>;
/// `./extract` runs the plain form through extract-text, which starts faster).</summary>
public static class TextCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Arity = ArgumentArity.OneOrMore, Description = "Documents (or folders, searched recursively) to print; several are separated by \"==> name <==\" lines." };
        var ocr = OcrOption.Create();
        var command = new Command("text", "Print each document's text in reading order (tables as tab-separated rows).") { files, ocr };
        command.SetAction(parse => TextRun.Run(parse.GetValue(files) ?? [], parse.GetValue(ocr)));
        return command;
    }
}
