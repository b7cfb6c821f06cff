using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Encryption;

/// <summary>Decrypts strings and streams of an encrypted file with per-object keys.</summary>
internal interface ISecurityHandler
{
    byte[] DecryptString(ObjectId id, byte[] data);

    ReadOnlyMemory<byte> DecryptStream(ObjectId id, PdfDictionary dictionary, ReadOnlyMemory<byte> data);
}
