using Extraction.Model;
using Extraction.Results;

namespace Extraction.Pipeline;

/// <summary>Finds 评分表 among the document's tables and reads their indicators.</summary>
public interface IScoreTableExtractor
{
    IReadOnlyList<ScoreTable> Extract(Document document);
}
