namespace Extraction.Generator.Model;

/// <summary>A stated total of one score column with its grade (grade mention null when the document prints none).</summary>
public sealed record StatedTotal(string Column, decimal Value, string Mention, string? Grade, string? GradeMention);
