namespace Extraction.Workspace;

/// <summary>How the workspace runs: where results and uploads live, where it listens, who may use it and what it accepts.</summary>
public sealed record WorkspaceOptions(string OutputDirectory)
{
    /// <summary>Address to bind; loopback by default. Anything else requires <see cref="Token"/>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = 8350;

    /// <summary>The one access token reviewers sign in with; null on loopback means a name is enough.</summary>
    public string? Token { get; init; }

    /// <summary>A PostgreSQL connection string; null keeps everything in extraction.db in the output folder.</summary>
    public string? Store { get; init; }

    /// <summary>"zh" (default) or "en".</summary>
    public string Language { get; init; } = "zh";

    /// <summary>Extensions accepted for upload (with the dot, lower case).</summary>
    public IReadOnlySet<string> Extensions { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".html", ".htm", ".md", ".txt" };

    /// <summary>Largest file accepted (bytes).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest upload request (bytes, all files together).</summary>
    public long MaxRequestBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Most files in one upload request.</summary>
    public int MaxFiles { get; init; } = 500;

    /// <summary>A session unused this long ends (default <see cref="DefaultSessionIdle"/>; `serve --session-idle`).</summary>
    public TimeSpan SessionIdle { get; init; } = DefaultSessionIdle;

    public static TimeSpan DefaultSessionIdle { get; } = TimeSpan.FromHours(2);

    public string UploadDirectory => Path.Combine(OutputDirectory, "uploads");
}
