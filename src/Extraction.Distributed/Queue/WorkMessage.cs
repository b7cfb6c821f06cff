using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Distributed.Queue;

/// <summary>A queued document: its content hash (the bytes are in the store), its file name (readers and results
/// name it) and its lane. Small on purpose: a worker holding many of them holds little memory.</summary>
public sealed record WorkMessage(
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("lane")] string Lane)
{
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this);

    /// <summary>The message, or null when the body is not one (it is then dead-lettered, not retried).</summary>
    public static WorkMessage? FromBytes(ReadOnlySpan<byte> body)
    {
        try
        {
            var message = JsonSerializer.Deserialize<WorkMessage>(body);
            return message is { Sha256.Length: 64, File.Length: > 0 } && message.File == Path.GetFileName(message.File) ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
