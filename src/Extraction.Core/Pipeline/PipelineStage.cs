using Extraction.Messages;
using Extraction.Model;

namespace Extraction.Pipeline;

/// <summary>Runs one stage so that its failure becomes a partial-result problem instead of stopping the document.</summary>
internal static class PipelineStage
{
    // The stage named in the reader's language: "check:sum_mismatch" → the check's label, "tables" → stage.tables.
    private static MsgArg StageName(string stage)
    {
        var id = stage.StartsWith("check:", StringComparison.Ordinal) ? "check." + stage[6..] : "stage." + stage;
        return MessageCatalog.Default.Has(id, Language.Zh) ? MsgArg.Term("stage", id) : MsgArg.Text("stage", stage);
    }

    public static T Run<T>(string stage, List<Problem> problems, Func<T> run, T fallback)
    {
        try
        {
            return run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new Problem(stage, $"stage {stage} failed: {ex.GetType().Name}: {ex.Message}")
            {
                Partial = true,
                Text = Msg.Of("problem.stage_failed", StageName(stage), ("detail_en", $"{ex.GetType().Name}: {ex.Message}")),
            });
            return fallback;
        }
    }
}
