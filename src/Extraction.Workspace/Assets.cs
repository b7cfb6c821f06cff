using System.Reflection;

namespace Extraction.Workspace;

/// <summary>Files embedded in the assembly (the page, its script and style, the message catalogs): the app
/// serves everything itself and fetches nothing from the network.</summary>
internal static class Assets
{
    public static Stream? Open(string name) =>
        typeof(Assets).Assembly.GetManifestResourceStream("Extraction.Workspace.Assets." + name);

    public static byte[]? Bytes(string name)
    {
        using var stream = Open(name);
        if (stream is null)
        {
            return null;
        }

        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
