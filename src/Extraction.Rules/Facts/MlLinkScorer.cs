using Microsoft.ML;

namespace Extraction.Rules.Facts;

/// <summary>The learned linker: the rules' hard constraints (a stated conflict of period, scope or category, a part and
/// its whole) stay; everything else is the model's probability. Predictions are serialised (the engine is not
/// thread-safe).</summary>
internal sealed class MlLinkScorer : ILinkScorer
{
    private readonly PredictionEngine<LinkModel.Row, LinkModel.Prediction> _engine;
    private readonly Lock _gate = new();

    public MlLinkScorer(ITransformer model) => _engine = LinkModel.Context().Model.CreatePredictionEngine<LinkModel.Row, LinkModel.Prediction>(model);

    public string Name => "ml";

    public double Score(FactPair pair)
    {
        var f = pair.Features;
        if (pair.Via != "unit" && f.Conflict)
        {
            return 0;
        }

        if (pair.Via == "total")
        {
            // Not a decision the model learned: a table's total under the sentence's key is linked by the key alone.
            return RuleLinkScorer.TotalLink;
        }

        lock (_gate)
        {
            return _engine.Predict(new LinkModel.Row { Features = f.Vector() }).Probability;
        }
    }
}
