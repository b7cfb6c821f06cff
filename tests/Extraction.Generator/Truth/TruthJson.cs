using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Extraction.Generator.Model;
using Extraction.Generator.Mutation;

namespace Extraction.Generator.Truth;

/// <summary>Writes the truth beside a generated document (schema "extraction.generated/v1", docs/generated.md): blocks and
/// tables with every cell, score rows, totals, every figure with its key and place, relations (and whether each holds in
/// this copy), groups of mentions of one quantity, and the planted change for a mutated copy.</summary>
public static class TruthJson
{
    public const string Schema = "extraction.generated/v1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write(GenDocument doc, int seed, int index, Planted? planted)
    {
        var blockIndex = 0;
        var truth = new
        {
            Schema,
            doc.Id,
            Seed = seed,
            Index = index,
            Genre = doc.Kind,
            Kind = ContractKind(doc.Kind),
            doc.Framework,
            doc.Department,
            doc.Region,
            doc.Year,
            doc.Title,
            Variant = planted is null ? "clean" : "mutated",
            Blocks = doc.Blocks.Select(b => new
            {
                Index = blockIndex++,
                b.Type,
                b.Level,
                Text = b.Table is null ? doc.TextOf(b.Runs) : null,
                Mentions = b.Runs.Where(r => r.Mention is not null).Select(r => r.Mention).ToArray(),
                Table = b.Table?.Index,
            }).ToArray(),
            Tables = doc.Blocks.Select((b, i) => (b, i)).Where(x => x.b.Table is not null).Select(x => new
            {
                x.b.Table!.Index,
                Block = x.i,
                x.b.Table.Role,
                x.b.Table.Caption,
                x.b.Table.Rows,
                x.b.Table.Columns,
                x.b.Table.HeaderRows,
                Cells = x.b.Table.Cells.Select(c => new
                {
                    c.Row,
                    c.Column,
                    Rowspan = c.RowSpan,
                    Colspan = c.ColSpan,
                    c.Header,
                    Text = doc.TextOf(c.Runs),
                    Mentions = c.Runs.Where(r => r.Mention is not null).Select(r => r.Mention).ToArray(),
                }).ToArray(),
            }).ToArray(),
            ScoreRows = doc.ScoreRows.Select(r => new
            {
                r.Table,
                r.Row,
                r.Path,
                r.Code,
                Weight = doc.Mentions[r.WeightMention].Value,
                r.WeightMention,
                Scores = r.Scores.ToDictionary(s => s.Key, s => new { doc.Mentions[s.Value.Mention].Value, s.Value.Mention }),
                r.Criteria,
                r.Shape,
            }).ToArray(),
            Totals = doc.Totals.Select(t => new
            {
                t.Column,
                doc.Mentions[t.Mention].Value,
                t.Mention,
                Grade = t.GradeMention is { } g ? doc.Mentions[g].Text : t.Grade,
                t.GradeMention,
            }).ToArray(),
            Figures = doc.Mentions.Values.Where(m => m.At.Block >= 0).OrderBy(m => int.Parse(m.Id[1..], System.Globalization.CultureInfo.InvariantCulture)).Select(m => new
            {
                m.Id,
                m.Quantity,
                doc.Quantities[m.Quantity].Measure,
                Qualifiers = doc.Quantities[m.Quantity].Qualifiers,
                m.Value,
                m.Unit,
                m.ValueYuan,
                m.Decimals,
                m.Text,
                m.Number,
                m.Origin,
                Location = new { m.At.Block, m.At.Table, m.At.Row, m.At.Column },
            }).ToArray(),
            Relations = doc.Relations.Select(r => new
            {
                r.Id,
                r.Kind,
                r.Op,
                r.Result,
                r.Operands,
                Rule = r.Rule is { } rule ? new { rule.Shape, rule.Weight, rule.Target, rule.AtMost, rule.Per, Bands = rule.Bands.Select(b => new { b.From, b.Share }).ToArray() } : null,
                Holds = RelationEvaluator.Holds(doc.Mentions, r),
            }).ToArray(),
            Groups = Planter.Groups(doc).Select(g => new
            {
                Quantity = g.Key,
                doc.Quantities[g.Key].Measure,
                Mentions = g.Select(m => m.Id).ToArray(),
            }).ToArray(),
            Mutation = planted,
        };
        if (doc.Shapes.Count == 0)
        {
            return JsonSerializer.Serialize(truth, Options);
        }

        // Shape documents also say which mentions each shape's planted error may change (absent elsewhere, so the other
        // genres' truth files, and the renderings keyed by their hash, stay as they were).
        var node = JsonSerializer.SerializeToNode(truth, Options)!.AsObject();
        node["shapes"] = JsonSerializer.SerializeToNode(doc.Shapes, Options);
        return node.ToJsonString(Options);
    }

    /// <summary>The contract's document kind for a generated genre.</summary>
    public static string ContractKind(string genre) => genre switch
    {
        "department_self_assessment" or "project_form" or "fact_shapes" => "self_assessment",
        "evaluation" => "project_evaluation",
        "verification" => "verification",
        _ => "other",
    };
}
