namespace Extraction.Reading;

/// <summary>Immutable limits every reader honours so that hostile input cannot exhaust the machine.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Largest decoded stream or part a reader will materialise.</summary>
    public long MaxDecodedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest input file accepted.</summary>
    public long MaxFileBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Largest text, Markdown or HTML file read: these readers hold the text several times over (decoded,
    /// normalised, split into blocks), about 16 bytes of memory per byte of file, so the limit is checked before
    /// anything is loaded. Real reports are a few megabytes.</summary>
    public long MaxTextBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Deepest nesting (objects, tables, markup) a reader follows.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most pages read from one document.</summary>
    public int MaxPages { get; init; } = 5000;
}
