using Extraction.Ocr;

namespace Extraction.Cli;

/// <summary>The one command line extract-text handles itself: `text FILE... [--ocr paddle|tesseract]` (the option
/// once, as `--ocr X` or `--ocr=X`, anywhere after `text`). Anything else — help, --lang, another or repeated option,
/// `--`, `-`, a response file (`@file`), an empty argument, no file — is not taken here but handed to the full CLI,
/// so it is parsed and reported there exactly as before.</summary>
internal static class TextArguments
{
    public static bool TryParse(IReadOnlyList<string> args, out IReadOnlyList<string> paths, out OcrEngine ocr)
    {
        var files = new List<string>();
        paths = files;
        ocr = OcrEngine.Paddle;
        if (args.Count < 2 || args[0] != "text")
        {
            return false;
        }

        var ocrSeen = false;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            string? value = null;
            if (arg == "--ocr" && i + 1 < args.Count)
            {
                value = args[++i];
            }
            else if (arg.StartsWith("--ocr=", StringComparison.Ordinal))
            {
                value = arg["--ocr=".Length..];
            }
            else if (arg.Length == 0 || arg[0] is '-' or '@')
            {
                return false;
            }
            else
            {
                files.Add(arg);
                continue;
            }

            if (ocrSeen || !TryEngine(value, out ocr))
            {
                return false;
            }

            ocrSeen = true;
        }

        return files.Count > 0;
    }

    // Only the engines' names (System.CommandLine would also take numbers and flag combinations: those go to it).
    private static bool TryEngine(string value, out OcrEngine engine)
    {
        engine = OcrEngine.Paddle;
        if (value.Equals("paddle", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        engine = OcrEngine.Tesseract;
        return value.Equals("tesseract", StringComparison.OrdinalIgnoreCase);
    }
}
