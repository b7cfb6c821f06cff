namespace Extraction.Tests.Mutations;

/// <summary>Turns source files into another format before they are read (a Word file printed to PDF), the way a
/// grader may publish a mutated source: the same planted error then goes through another reader.</summary>
internal interface IRenderer
{
    /// <summary>The rendered format's extension without the dot ("pdf").</summary>
    string Format { get; }

    /// <summary>Whether this renderer takes the source (by its extension).</summary>
    bool Renders(string sourcePath);

    /// <summary>Renders the sources into <paramref name="directory"/> (or takes them from a cache by their
    /// <c>Key</c>, a hash of their content); the rendered paths in order, null where rendering failed.</summary>
    IReadOnlyList<string?> Render(IReadOnlyList<(string Source, string Key)> sources, string directory);

    /// <summary>The rendering's text as a plain extractor prints it (to tell a change the renderer did not print —
    /// a clipped table column — from one the reader missed); null when it cannot be had.</summary>
    string? PrintedText(string renderedPath);
}
