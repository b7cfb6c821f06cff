using Extraction.Pdf.Filters;

namespace Extraction.Pdf.Objects;

/// <summary>What a stream needs from its file: decryption and decoding limits.</summary>
internal interface IStreamContext
{
    DecodeOptions DecodeOptions { get; }

    ReadOnlyMemory<byte> Decrypt(PdfStream stream);
}
