using Extraction.Pipeline;

namespace Extraction.Rules.Checks;

/// <summary>Every check the product runs, in order.</summary>
public static class CheckCatalog
{
    public static IReadOnlyList<ICheck> All() => [];
}
