namespace Extraction.Tests.Mutations;

/// <summary>One planted error: the target, the operator that changed it and the replacement text.</summary>
internal sealed record Mutation(Target Target, string Operator, string Replacement)
{
    public override string ToString() => $"{Target.Kind} {Target.Where}: {Target.Text} → {Replacement} ({Operator})";
}
