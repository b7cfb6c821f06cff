using System.Text.Json;
using Extraction.Text;

namespace Extraction.Tests.Readers;

/// <summary>The structured source of a seed document (corpus/src/seedNNN.json): the blocks every
/// rendering (docx, html, pdf, txt) was made from, so reader tests can derive expectations.</summary>
internal sealed class SeedSource
{
    private SeedSource(List<SourceBlock> blocks) => Blocks = blocks;

    public IReadOnlyList<SourceBlock> Blocks { get; }

    public IEnumerable<SourceTable> Tables => Blocks.OfType<SourceTable>();

    /// <summary>Titles, headings and paragraphs in order.</summary>
    public IEnumerable<SourceText> Texts => Blocks.OfType<SourceText>();

    public static SeedSource Load(string id)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReaderFiles.Root, "corpus", "src", id + ".json")));
        var blocks = new List<SourceBlock>();
        foreach (var b in json.RootElement.GetProperty("body").EnumerateArray())
        {
            var type = b.GetProperty("type").GetString();
            switch (type)
            {
                case "table":
                    blocks.Add(ReadTable(b));
                    break;
                case "title" or "heading" or "paragraph":
                    var level = b.TryGetProperty("level", out var l) ? l.GetInt32() : (int?)null;
                    var style = b.TryGetProperty("style", out var s) ? s.GetString() : null;
                    blocks.Add(new SourceText(type, b.GetProperty("text").GetString() ?? string.Empty, level, style));
                    break;
                default:
                    blocks.Add(new SourceBreak(type ?? string.Empty));
                    break;
            }
        }

        return new SeedSource(blocks);
    }

    /// <summary>Cell text compared the way readers normalise it: lines collapsed, empty lines dropped.</summary>
    public static string Normalise(string text) => ParagraphText.CollapseLines(text.Split('\n'));

    private static SourceTable ReadTable(JsonElement b)
    {
        var rows = new List<IReadOnlyList<SourceCell>>();
        foreach (var row in b.GetProperty("rows").EnumerateArray())
        {
            rows.Add(row.EnumerateArray().Select(c => new SourceCell(
                c.GetProperty("text").GetString() ?? string.Empty,
                c.TryGetProperty("rowspan", out var rs) ? rs.GetInt32() : 1,
                c.TryGetProperty("colspan", out var cs) ? cs.GetInt32() : 1)).ToList());
        }

        return new SourceTable(b.GetProperty("id").GetString() ?? string.Empty, b.GetProperty("n_cols").GetInt32(), rows,
            b.TryGetProperty("caption", out var cap) ? cap.GetString() : null);
    }
}

internal abstract record SourceBlock;

internal sealed record SourceText(string Type, string Text, int? Level, string? Style) : SourceBlock;

internal sealed record SourceBreak(string Type) : SourceBlock;

internal sealed record SourceTable(string Id, int ColumnCount, IReadOnlyList<IReadOnlyList<SourceCell>> Rows, string? Caption) : SourceBlock;

internal sealed record SourceCell(string Text, int RowSpan, int ColumnSpan);
