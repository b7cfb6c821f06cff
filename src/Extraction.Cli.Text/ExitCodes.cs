namespace Extraction.Cli;

/// <summary>CONTRACT.md exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int BadCommandLine = 2;

    /// <summary>The output folder or store cannot be used: not writable, full, locked by another run.</summary>
    public const int OutputUnusable = 3;
}
