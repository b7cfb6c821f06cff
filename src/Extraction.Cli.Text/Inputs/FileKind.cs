namespace Extraction.Cli.Inputs;

/// <summary>A path's file type, as discovery needs it.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    Pipe,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}
