using System.CommandLine;
using System.Runtime.InteropServices;
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
var errors = parse.Errors.Select(e => e.Message).Concat(UnknownOptions.Find(parse, args)).Distinct().ToArray();
if (errors.Length > 0)
{
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
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

// Ctrl-C (and SIGTERM) cancel the run, which then says "cancelled" and exits 1 with finished documents stored;
// a second Ctrl-C ends the process at once.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
});
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel.Token).ConfigureAwait(false);
