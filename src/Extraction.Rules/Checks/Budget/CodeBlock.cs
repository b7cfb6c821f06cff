namespace Extraction.Rules.Checks.Budget;

/// <summary>A run of columns holding one subject hierarchy: the code column (类, or a joined 7-digit code), the
/// 款/项 columns right of it when codes are split, and the amount columns up to the next block. Tables that put
/// two classifications side by side (经济分类 left and right half) have two blocks.</summary>
internal sealed record CodeBlock(int First, int Last, int CodeColumn, IReadOnlyList<int> SubCodeColumns, IReadOnlyList<int> AmountColumns);
