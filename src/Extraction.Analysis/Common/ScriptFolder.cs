using Extraction.Messages;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Analysis.Common;

/// <summary>Reads a traditional-script document (萬元, 預算, 決算 on a mirror of a mainland page) in simplified forms:
/// every paragraph, cell, caption and page word folded character for character, so boxes and spans still hold. The
/// document records that its quotes show the folded forms.</summary>
public sealed class ScriptFolder : IDocumentNormaliser
{
    public Document Normalise(Document document)
    {
        if (!TraditionalScript.IsTraditional(Texts(document)))
        {
            return document;
        }

        var pages = document.Pages.Select(p => p with
        {
            Blocks = p.Blocks.Select(Fold).ToArray(),
            Words = p.Words.Select(w => w with { Text = TraditionalScript.Fold(w.Text) }).ToArray(),
        }).ToArray();
        var problems = document.Problems.Append(Problem.Of("script", Msg.Of("problem.traditional_script"))).ToArray();
        return document with { Pages = pages, Problems = problems };
    }

    private static IEnumerable<string> Texts(Document document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    yield return p.Text;
                    break;
                case Table t:
                    foreach (var cell in t.Cells)
                    {
                        yield return cell.Text;
                    }

                    break;
            }
        }
    }

    private static Block Fold(Block block) => block switch
    {
        Paragraph p => p with { Text = TraditionalScript.Fold(p.Text) },
        Table t => t with
        {
            Cells = t.Cells.Select(c => c with { Text = TraditionalScript.Fold(c.Text) }).ToArray(),
            Caption = t.Caption is null ? null : TraditionalScript.Fold(t.Caption),
        },
        _ => block,
    };
}
