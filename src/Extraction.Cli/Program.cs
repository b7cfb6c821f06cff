using System.CommandLine;
using System.Text;
using Extraction.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var root = new RootCommand("Extraction: reads Chinese budget-performance reports, re-scores them and flags inconsistencies.");
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(TextCommand.Create());
root.Subcommands.Add(Extraction.Cli.Distributed.SubmitCommand.Create());
root.Subcommands.Add(Extraction.Cli.Distributed.WorkerCommand.Create());
root.Subcommands.Add(Extraction.Cli.Distributed.StatusCommand.Create());
root.Subcommands.Add(Extraction.Cli.Distributed.ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
var english = Extraction.Cli.Help.CliHelp.English(args);
Extraction.Cli.Help.CliHelp.Apply(root, english);
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine(Extraction.Cli.Help.CliHelp.SeeHelp(english));
    return ExitCodes.BadCommandLine;
}

if (!english && parse.Action is System.CommandLine.Help.HelpAction)
{
    // The help page in Chinese throughout: the few words System.CommandLine's zh-Hans resources leave in English.
    using var page = new StringWriter();
    var code = parse.Invoke(new InvocationConfiguration { Output = page });
    Console.Out.Write(Extraction.Cli.Help.CliHelp.Chinese(page.ToString()));
    return code;
}

return parse.Invoke();
