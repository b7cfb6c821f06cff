using Extraction.Results;

namespace Extraction.Tests.Mutations;

/// <summary>One clean document of a campaign: its baseline, its editable source and the mutations chosen for it.</summary>
internal sealed record DocumentPlan(string Name, DocumentResult Baseline, SourceBuffer Source, IReadOnlyList<(Mutation Mutation, Placement At)> Mutations);
