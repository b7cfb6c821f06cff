namespace Extraction.Results;

/// <summary>Finding severity by consequence (DOMAIN.md): ordered so that a larger value is worse.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
