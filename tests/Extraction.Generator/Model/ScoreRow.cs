namespace Extraction.Generator.Model;

/// <summary>One indicator row of a score table: its path (一级 → leaf), code when printed, weight and the scores
/// of each score column (self, verified, evaluator), with the mention ids that print them.</summary>
public sealed record ScoreRow(int Table, int Row, IReadOnlyList<string> Path, string? Code, decimal Weight, string WeightMention,
    IReadOnlyDictionary<string, ScoreCell> Scores, string Criteria, string Shape);

public sealed record ScoreCell(decimal Value, string Mention);
