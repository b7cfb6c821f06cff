namespace Extraction.Generator.Rendering;

/// <summary>A rendering route: its name, the file extension it produces, the tool it needs, whether it is cheap enough for
/// the test suite, and the route whose output it converts (null when it renders from the truth).</summary>
public sealed record Route(string Name, string Extension, string Tool, bool Cheap, string? From = null, string? Description = null)
{
    public static readonly IReadOnlyList<Route> All =
    [
        new("html", ".html", "", true, null, "government-site HTML, CSS-bordered tables"),
        new("html-borderless", ".html", "", true, null, "government-site HTML, tables without borders"),
        new("md", ".md", "", true, null, "Markdown with HTML tables"),
        new("docx", ".docx", "python3", true, null, "Word (python-docx), merged cells"),
        new("pandoc-html", ".html", "pandoc", false, "docx", "the Word file converted by pandoc to HTML"),
        new("docx-pdf", ".pdf", "soffice", false, "docx", "the Word file printed by LibreOffice"),
        new("html-pdf", ".pdf", "chromium", false, "html", "bordered HTML printed by Chromium"),
        new("html-borderless-pdf", ".pdf", "chromium", false, "html-borderless", "borderless HTML printed by Chromium"),
        new("rl-grid", ".pdf", "python3", true, null, "reportlab, full grid, STSong-Light not embedded"),
        new("rl-threeline", ".pdf", "python3", false, null, "reportlab, three-line tables"),
        new("rl-wps", ".pdf", "python3", false, null, "reportlab, rules as thin filled rectangles (WPS style)"),
        new("rl-continued", ".pdf", "python3", false, null, "reportlab, tables over pages, header repeated or not, spans cut"),
        new("rl-landscape", ".pdf", "python3", false, null, "reportlab, landscape pages"),
        new("rl-rotated", ".pdf", "python3", false, null, "reportlab, portrait pages with /Rotate 90, content turned"),
        new("scan-150", ".pdf", "python3", false, null, "scan at 150 dpi: skew, blur, noise, JPEG, red seal"),
        new("scan-300", ".pdf", "python3", false, null, "scan at 300 dpi: skew, blur, noise, JPEG, red seal"),
    ];

    public static Route? Named(string name) => All.FirstOrDefault(r => r.Name == name);
}
