namespace Extraction.Messages;

/// <summary>The language human text is written in: Simplified Chinese by default, English on request.
/// Check names, JSON keys and CSV column names never change with it.</summary>
public enum Language
{
    Zh,
    En,
}
