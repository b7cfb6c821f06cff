using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Tests.Rules.Narrative;

/// <summary>In-memory documents with paragraphs and tables in reading order, and the findings a check reports on them.</summary>
internal static class NarrativeDocs
{
    public static Paragraph P(string text) => new(text, Provenance.OnPage(1));

    public static Document Doc(params Block[] blocks) => new("test", [new Page(1, blocks)], []);

    public static AnalysisContext Context(params Block[] blocks) =>
        new(Doc(blocks), new DocumentMetadata(DocumentKind.Other), [], [], []);

    /// <summary>Warnings and errors only: info (a truncated printed value) is not an alarm.</summary>
    public static Finding[] Alarms(ICheck check, params string[] paragraphs) =>
        Alarms(check, Context(paragraphs.Select(p => (Block)P(p)).ToArray()));

    public static Finding[] Alarms(ICheck check, AnalysisContext context) =>
        check.Run(context).Where(f => f.Severity >= Severity.Warning).ToArray();
}
