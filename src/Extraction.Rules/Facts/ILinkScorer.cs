namespace Extraction.Rules.Facts;

/// <summary>Decides whether a candidate pair is two mentions of one quantity: the probability it is (0 = never).</summary>
internal interface ILinkScorer
{
    string Name { get; }

    double Score(FactPair pair);
}
