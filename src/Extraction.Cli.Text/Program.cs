using System.Text;
using Extraction.Cli;

// extract-text: `extract text` without the full CLI's start-up cost (published as Native AOT by ./extract: no JIT,
// no runtime to resolve). The plain command line is read here; any other goes to the full CLI unchanged.
if (!TextArguments.TryParse(args, out var paths, out var ocr))
{
    return FullCli.Exec(args);
}

Console.OutputEncoding = new UTF8Encoding(false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
return TextRun.Run(paths, ocr);
