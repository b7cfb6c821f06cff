using System.Security.Cryptography;

namespace Extraction.Pdf.Encryption;

/// <summary>AES-CBC as PDF uses it: the first 16 bytes are the IV; PKCS#7 padding removed when valid
/// (like poppler, a bad pad or a ragged length is tolerated rather than fatal).</summary>
internal static class AesCbc
{
    public static byte[] DecryptWithIv(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        if (data.Length < 16)
        {
            return [];
        }

        var iv = data[..16];
        var body = data[16..];
        body = body[..(body.Length / 16 * 16)];
        if (body.IsEmpty)
        {
            return [];
        }

        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        var plain = aes.DecryptCbc(body, iv, PaddingMode.None);
        var pad = plain[^1];
        if (pad is >= 1 and <= 16 && plain.AsSpan(plain.Length - pad).IndexOfAnyExcept(pad) < 0)
        {
            return plain[..^pad];
        }

        return plain;
    }

    /// <summary>AES-256 with zero IV and no padding (unwrapping /UE and /OE in R5/R6).</summary>
    public static byte[] DecryptNoIv(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes.DecryptCbc(data[..(data.Length / 16 * 16)], new byte[16], PaddingMode.None);
    }

    public static byte[] EncryptNoPadding(ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, ReadOnlySpan<byte> data)
    {
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        return aes.EncryptCbc(data, iv, PaddingMode.None);
    }
}
