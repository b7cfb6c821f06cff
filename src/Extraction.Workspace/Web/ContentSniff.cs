namespace Extraction.Workspace.Web;

/// <summary>Checks a file's first bytes against its extension for the binary formats, so that a renamed
/// executable or archive is refused at the door (the readers would reject it later anyway).</summary>
internal static class ContentSniff
{
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Utf16Le => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16Be => [0xFE, 0xFF];

    /// <summary>Why the content contradicts the extension (a key of the workspace catalog), or null when it does not.</summary>
    public static string? Contradicts(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        ".pdf" when head.IndexOf("%PDF"u8) < 0 => "reject.not_pdf",
        ".docx" when !head.StartsWith("PK\x03\x04"u8) => "reject.not_docx",
        ".png" when !head.StartsWith("\x89PNG"u8) => "reject.not_png",
        ".jpg" or ".jpeg" when !head.StartsWith(Jpeg) => "reject.not_jpeg",
        ".tif" or ".tiff" when !(head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)) => "reject.not_tiff",
        ".html" or ".htm" or ".md" or ".txt" when head.IndexOf((byte)0) >= 0 && !LooksUtf16(head) => "reject.binary_text",
        _ => null,
    };

    private static bool LooksUtf16(ReadOnlySpan<byte> head) => head.StartsWith(Utf16Le) || head.StartsWith(Utf16Be);
}
