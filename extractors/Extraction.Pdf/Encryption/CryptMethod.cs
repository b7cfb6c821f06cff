namespace Extraction.Pdf.Encryption;

/// <summary>How a crypt filter transforms data: nothing, RC4 (V2) or AES-CBC (AESV2 128-bit, AESV3 256-bit).</summary>
internal enum CryptMethod
{
    Identity,
    Rc4,
    Aes128,
    Aes256,
}
