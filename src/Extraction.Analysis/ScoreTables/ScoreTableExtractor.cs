using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Results;

namespace Extraction.Analysis.ScoreTables;

/// <summary>Placeholder until score tables land.</summary>
public sealed class ScoreTableExtractor : IScoreTableExtractor
{
    public IReadOnlyList<ScoreTable> Extract(Document document) => [];
}
