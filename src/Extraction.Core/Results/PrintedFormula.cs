namespace Extraction.Results;

/// <summary>A formula printed in the document ("183,333.33÷183,421.03×100%=99.95%"): the expression as
/// printed, its operands in order, and the printed result.</summary>
public sealed record PrintedFormula(
    string Expression,
    IReadOnlyList<Text.PrintedNumber> Operands,
    Text.PrintedNumber Result,
    string? ResultUnit,
    Evidence Evidence);
