using Extraction.Analysis.Figures;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;
using Extraction.Rules.Checks;
using Extraction.Rules.Facts;

namespace Extraction.Tests.Rules.FactLinking;

/// <summary>Builds small documents (paragraphs, headings, tables) and runs the fact table, the linker and the
/// same-fact check on them.</summary>
internal static class FactDocs
{
    public static Paragraph P(string text) => new(text, Provenance.OnPage(1));

    public static Paragraph H(string text) => new(text, Provenance.OnPage(1), 2);

    public static AnalysisContext Context(params Block[] blocks)
    {
        var document = new Document("test", [new Page(1, blocks)], []);
        var set = new FigureExtractor().Extract(document);
        var graph = new FactLinker().Link(set.Facts);
        return new AnalysisContext(document, new DocumentMetadata(DocumentKind.Other), [], set.Figures, set.Formulas) { Facts = graph };
    }

    public static IReadOnlyList<Fact> Facts(params Block[] blocks) => Context(blocks).Facts.Facts;

    public static IReadOnlyList<Finding> Findings(params Block[] blocks) => new SameFactCheck().Run(Context(blocks)).ToArray();
}
