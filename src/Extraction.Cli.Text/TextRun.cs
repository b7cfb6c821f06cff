using Extraction.Messages;
using Extraction.Model;
using Extraction.Ocr;
using Extraction.Reading;

namespace Extraction.Cli;

/// <summary>`extract text FILE...`: each document's text in reading order to stdout, problems to stderr; shared by
/// the full CLI's text command and extract-text.</summary>
public static class TextRun
{
    public static int Run(IReadOnlyList<string> paths, OcrEngine ocr)
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

        var loader = ReadingStages.Loader(ocr);
        var failed = missing.Count > 0;
        foreach (var path in inputs)
        {
            var file = new SourceFile(path);
            var problems = new List<Problem>();
            var document = loader.Read(file, problems, CancellationToken.None);
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
