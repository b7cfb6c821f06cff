using Extraction.Pdf.Filters;

namespace Extraction.Pdf.Objects;

/// <summary>A stream: its dictionary plus the data as stored in the file. The data is a slice of the
/// mapped file (nothing is copied until asked); <see cref="GetEncodedData"/> decrypts, <see cref="Decode"/>
/// also runs the filters (up to the first image filter, whose data is handed over as it is).</summary>
internal sealed class PdfStream : PdfObject
{
    public PdfStream(PdfDictionary dictionary, ReadOnlyMemory<byte> storedData, ObjectId? id = null, IStreamContext? context = null)
    {
        Dictionary = dictionary;
        StoredData = storedData;
        Id = id;
        Context = context;
    }

    public PdfDictionary Dictionary { get; }

    /// <summary>The bytes between "stream" and "endstream" (encrypted if the file is).</summary>
    public ReadOnlyMemory<byte> StoredData { get; }

    /// <summary>The indirect object holding this stream (for per-object decryption keys and messages).</summary>
    public ObjectId? Id { get; }

    /// <summary>File offset of the first data byte, or -1 when the stream is not from a file.</summary>
    public long DataOffset { get; init; } = -1;

    internal IStreamContext? Context { get; }

    /// <summary>The data decrypted but still filtered (what /Filter describes).</summary>
    public ReadOnlyMemory<byte> GetEncodedData() => Context is null ? StoredData : Context.Decrypt(this);

    /// <summary>Runs the stream's filter chain. Image filters (DCT, JPX, JBIG2, CCITT) stop the chain:
    /// their input is returned with <see cref="DecodedStream.RemainingFilters"/> for an image decoder or OCR.</summary>
    public DecodedStream Decode()
    {
        try
        {
            return StreamDecoder.Decode(Dictionary, GetEncodedData(), Context?.DecodeOptions ?? DecodeOptions.Default);
        }
        catch (Exception ex) when (ex is not Extraction.Reading.DocumentReadException and not OperationCanceledException)
        {
            throw new Parsing.PdfInternalErrorException(ex);
        }
    }

    /// <summary>The decoded bytes (see <see cref="Decode"/>).</summary>
    public byte[] GetDecodedData() => Decode().Data;
}
