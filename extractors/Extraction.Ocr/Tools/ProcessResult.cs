namespace Extraction.Ocr.Tools;

/// <summary>What an external tool did: exit code, standard output (bytes) and standard error.</summary>
internal sealed record ProcessResult(int ExitCode, byte[] StandardOutput, string StandardError);
