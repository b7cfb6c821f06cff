namespace Extraction.Output.Store;

/// <summary>One forward step of a store's schema: applied once, in version order, inside one transaction.</summary>
/// <param name="Version">1, 2, 3, … without gaps; never renumber or edit a migration that has shipped.</param>
/// <param name="Description">What the step adds, recorded in schema_version.</param>
/// <param name="Sql">Statements separated by semicolons, valid for the store's database.</param>
public sealed record Migration(int Version, string Description, string Sql);
