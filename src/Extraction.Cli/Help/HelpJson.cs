using System.Text.Json.Serialization;

namespace Extraction.Cli.Help;

/// <summary>help_zh.json's shape (key → description), generated at build time.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class HelpJson : JsonSerializerContext;
