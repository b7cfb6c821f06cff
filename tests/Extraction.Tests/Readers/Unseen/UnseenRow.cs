namespace Extraction.Tests.Readers.Unseen;

/// <summary>One indicator of the unseen score table: its three levels, the 一级 weight share (权重%),
/// weight (分值) and score (得分).</summary>
internal sealed record UnseenRow(string Level1, decimal Level1Share, string Level2, string Level3, decimal Weight, decimal Score);
