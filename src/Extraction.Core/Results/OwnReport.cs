namespace Extraction.Results;

/// <summary>The mark report.html carries as this tool's own output; input discovery (which must not depend on the
/// report writer) skips files that carry it.</summary>
public static class OwnReport
{
    public const string GeneratorMeta = "<meta name=\"generator\" content=\"extraction-report\">";
}
