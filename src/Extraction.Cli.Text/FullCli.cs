using System.Runtime.InteropServices;

namespace Extraction.Cli;

/// <summary>Hands a command line extract-text does not take to the full CLI, whose path `./extract` puts in
/// EXTRACT_CLI: the process is replaced (execv), so the full CLI's output, exit code and signals are the caller's.</summary>
internal static partial class FullCli
{
    public const string Variable = "EXTRACT_CLI";

    public static int Exec(string[] args)
    {
        var cli = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(cli))
        {
            Console.Error.WriteLine($"extract-text: this command line needs the full CLI; run it through ./extract (or set {Variable})");
            return ExitCodes.BadCommandLine;
        }

        var argv = new string?[args.Length + 2];
        argv[0] = cli;
        args.CopyTo(argv, 1);
        Execv(cli, argv);
        Console.Error.WriteLine($"extract-text: cannot run {cli}: {Marshal.GetLastPInvokeErrorMessage()}");
        return ExitCodes.BadCommandLine;
    }

    [LibraryImport("libc", EntryPoint = "execv", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Execv(string path, string?[] argv);
}
