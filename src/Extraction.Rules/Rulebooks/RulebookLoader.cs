using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Extraction.Rules.Rulebooks;

/// <summary>Reads rulebooks from YAML: the bundled ones (embedded resources Rulebooks/*.yaml) or any text.</summary>
public static class RulebookLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static Rulebook Parse(string yaml, string source)
    {
        try
        {
            var book = Deserializer.Deserialize<Rulebook>(yaml)
                ?? throw new InvalidDataException($"{source}: expected a rulebook, found an empty document");
            if (string.IsNullOrWhiteSpace(book.Id) || book.Rules.Count == 0)
            {
                throw new InvalidDataException($"{source}: expected an id and at least one rule, found id \"{book.Id}\" and {book.Rules.Count} rules");
            }

            return book;
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{source}: invalid rulebook YAML at line {ex.Start.Line}: {ex.Message}", ex);
        }
    }

    public static IReadOnlyList<Rulebook> Bundled()
    {
        var assembly = typeof(RulebookLoader).Assembly;
        var books = new List<Rulebook>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            books.Add(Parse(reader.ReadToEnd(), name));
        }

        return books;
    }
}
