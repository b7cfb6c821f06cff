namespace Extraction.Cli;

/// <summary>CONTRACT.md exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int BadCommandLine = 2;
}
