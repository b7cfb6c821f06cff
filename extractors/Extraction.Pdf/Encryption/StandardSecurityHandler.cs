using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Reading;
using Extraction.Messages;

namespace Extraction.Pdf.Encryption;

/// <summary>The standard security handler (§7.6.4): RC4 40–128-bit (R2–R4), AES-128 (V4 AESV2) and AES-256
/// (R5, R6). Opens with the given password or, by default, the empty user password — how files that only
/// "forbid copying" are published. Permissions are not enforced: the reader extracts text for analysis.</summary>
internal sealed class StandardSecurityHandler : ISecurityHandler
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _key;
    private readonly CryptMethod _streamMethod;
    private readonly CryptMethod _stringMethod;
    private readonly PdfDictionary _encrypt;
    private readonly bool _encryptMetadata;

    private StandardSecurityHandler(byte[] key, CryptMethod streamMethod, CryptMethod stringMethod, PdfDictionary encrypt, bool encryptMetadata)
    {
        _key = key;
        _streamMethod = streamMethod;
        _stringMethod = stringMethod;
        _encrypt = encrypt;
        _encryptMetadata = encryptMetadata;
    }

    /// <summary>Authenticates and derives the file key; throws a clear <see cref="DocumentReadException"/>
    /// when the file needs a password it was not given, or uses an unsupported handler.</summary>
    public static StandardSecurityHandler Create(PdfDictionary encrypt, byte[] firstId, string? password)
    {
        var filter = encrypt.GetName("Filter");
        if (filter != "Standard")
        {
            throw new DocumentReadException("pdf", Msg.Of("problem.pdf_encryption_handler", ("handler_en", filter ?? "(missing)")));
        }

        var v = encrypt.GetInt("V") ?? 0;
        var r = encrypt.GetInt("R") ?? 0;
        var o = encrypt.GetString("O")?.Bytes ?? [];
        var u = encrypt.GetString("U")?.Bytes ?? [];
        var p = (int)(encrypt.GetLong("P") ?? 0);
        var encryptMetadata = encrypt.GetBool("EncryptMetadata") ?? true;
        var (streamMethod, stringMethod, keyBits) = Methods(encrypt, v);
        var pw = password ?? "";

        byte[]? key;
        if (r >= 5)
        {
            key = AuthenticateAes256(encrypt, r, o, u, pw);
        }
        else
        {
            if (o.Length < 32 || u.Length < 32)
            {
                throw new DocumentReadException("pdf", Msg.Of("problem.pdf_encryption_damaged", ("detail_en", $"encryption dictionary: /O and /U must be 32 bytes, found {o.Length} and {u.Length}")));
            }

            var length = r == 2 ? 5 : Math.Clamp(keyBits / 8, 5, 16);
            var latin = Latin1Password(pw);
            key = AuthenticateUser(latin, o, u, p, firstId, r, length, encryptMetadata)
                ?? AuthenticateOwner(latin, o, u, p, firstId, r, length, encryptMetadata);
        }

        if (key is null)
        {
            throw new DocumentReadException("pdf", Msg.Of(password is null ? "problem.pdf_password" : "problem.pdf_wrong_password"));
        }

        return new StandardSecurityHandler(key, streamMethod, stringMethod, encrypt, encryptMetadata);
    }

    public byte[] DecryptString(ObjectId id, byte[] data) => Decrypt(_stringMethod, id, data);

    public ReadOnlyMemory<byte> DecryptStream(ObjectId id, PdfDictionary dictionary, ReadOnlyMemory<byte> data)
    {
        if (!_encryptMetadata && dictionary.IsNamed("Type", "Metadata"))
        {
            return data;
        }

        var method = _streamMethod;
        var crypt = StreamDecoder.GetFilters(dictionary).FirstOrDefault(f => f.Name == "Crypt");
        if (crypt is not null)
        {
            // A stream-level /Crypt filter names its own crypt filter (usually /Identity).
            var name = crypt.Parameters?.GetName("Name") ?? "Identity";
            method = name == "Identity" ? CryptMethod.Identity : FilterMethod(_encrypt, name);
        }

        return method == CryptMethod.Identity ? data : Decrypt(method, id, data.Span);
    }

    private byte[] Decrypt(CryptMethod method, ObjectId id, ReadOnlySpan<byte> data) => method switch
    {
        CryptMethod.Identity => data.ToArray(),
        CryptMethod.Rc4 => Rc4.Transform(ObjectKey(id, aes: false), data),
        CryptMethod.Aes128 => AesCbc.DecryptWithIv(ObjectKey(id, aes: true), data),
        _ => AesCbc.DecryptWithIv(_key, data),
    };

    /// <summary>Algorithm 1: MD5(file key, object number, generation[, "sAlT"]) truncated to n+5 bytes (≤ 16).</summary>
    private byte[] ObjectKey(ObjectId id, bool aes)
    {
        var input = new byte[_key.Length + 5 + (aes ? 4 : 0)];
        _key.CopyTo(input, 0);
        var k = _key.Length;
        input[k] = (byte)id.Number;
        input[k + 1] = (byte)(id.Number >> 8);
        input[k + 2] = (byte)(id.Number >> 16);
        input[k + 3] = (byte)id.Generation;
        input[k + 4] = (byte)(id.Generation >> 8);
        if (aes)
        {
            "sAlT"u8.CopyTo(input.AsSpan(k + 5));
        }

        return MD5.HashData(input)[..Math.Min(_key.Length + 5, 16)];
    }

    private static (CryptMethod Stream, CryptMethod String, int KeyBits) Methods(PdfDictionary encrypt, int v)
    {
        var lengthBits = encrypt.GetInt("Length") ?? 40;
        switch (v)
        {
            case 1:
                return (CryptMethod.Rc4, CryptMethod.Rc4, 40);
            case 2 or 3:
                return (CryptMethod.Rc4, CryptMethod.Rc4, lengthBits);
            case 4 or 5:
                var stm = encrypt.GetName("StmF") ?? "Identity";
                var str = encrypt.GetName("StrF") ?? "Identity";
                var bits = v == 5 ? 256 : 128;
                if (encrypt.GetDictionary("CF")?.GetDictionary(stm)?.GetInt("Length") is { } cfLength)
                {
                    // /Length in a crypt filter is in bytes per the spec, in bits in some writers.
                    bits = cfLength <= 32 ? cfLength * 8 : cfLength;
                }

                return (stm == "Identity" ? CryptMethod.Identity : FilterMethod(encrypt, stm),
                    str == "Identity" ? CryptMethod.Identity : FilterMethod(encrypt, str), bits);
            default:
                throw new DocumentReadException("pdf", Msg.Of("problem.pdf_encryption_version", ("version", v.ToString(CultureInfo.InvariantCulture))));
        }
    }

    private static CryptMethod FilterMethod(PdfDictionary encrypt, string name) =>
        encrypt.GetDictionary("CF")?.GetDictionary(name)?.GetName("CFM") switch
        {
            "V2" => CryptMethod.Rc4,
            "AESV2" => CryptMethod.Aes128,
            "AESV3" => CryptMethod.Aes256,
            "None" or null => CryptMethod.Identity,
            var other => throw new DocumentReadException("pdf", Msg.Of("problem.pdf_encryption_method", ("detail_en", $"PDF crypt filter /{name} uses /CFM /{other}, which is not supported"))),
        };

    private static byte[] Latin1Password(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return bytes.Length > 32 ? bytes[..32] : bytes;
    }

    /// <summary>Algorithm 2: the file key from a (padded) user password.</summary>
    private static byte[] ComputeKey(byte[] password, byte[] o, int p, byte[] firstId, int r, int length, bool encryptMetadata)
    {
        var input = new List<byte>(128);
        input.AddRange(password);
        input.AddRange(Padding.AsSpan(0, 32 - password.Length));
        input.AddRange(o.AsSpan(0, 32));
        input.AddRange([(byte)p, (byte)(p >> 8), (byte)(p >> 16), (byte)(p >> 24)]);
        input.AddRange(firstId);
        if (r >= 4 && !encryptMetadata)
        {
            input.AddRange([0xFF, 0xFF, 0xFF, 0xFF]);
        }

        var hash = MD5.HashData(input.ToArray());
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, length));
            }
        }

        return hash[..length];
    }

    /// <summary>Algorithms 4–6: the key when <paramref name="password"/> is the user password, else null.</summary>
    private static byte[]? AuthenticateUser(byte[] password, byte[] o, byte[] u, int p, byte[] firstId, int r, int length, bool encryptMetadata)
    {
        var key = ComputeKey(password, o, p, firstId, r, length, encryptMetadata);
        if (r == 2)
        {
            return Rc4.Transform(key, Padding).AsSpan().SequenceEqual(u.AsSpan(0, 32)) ? key : null;
        }

        var x = MD5.HashData([.. Padding, .. firstId]);
        x = Rc4.Transform(key, x);
        for (var i = 1; i <= 19; i++)
        {
            x = Rc4.Transform(XorKey(key, i), x);
        }

        return x.AsSpan(0, 16).SequenceEqual(u.AsSpan(0, 16)) ? key : null;
    }

    /// <summary>Algorithm 7: recovers the user password from /O with an owner password, then authenticates it.</summary>
    private static byte[]? AuthenticateOwner(byte[] password, byte[] o, byte[] u, int p, byte[] firstId, int r, int length, bool encryptMetadata)
    {
        var hash = MD5.HashData([.. password, .. Padding.AsSpan(0, 32 - password.Length)]);
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, length));
            }
        }

        var rc4Key = hash[..length];
        var user = o[..32];
        if (r == 2)
        {
            user = Rc4.Transform(rc4Key, user);
        }
        else
        {
            for (var i = 19; i >= 0; i--)
            {
                user = Rc4.Transform(XorKey(rc4Key, i), user);
            }
        }

        // The recovered value is the padded user password; comparing it padded is equivalent.
        return AuthenticateUser(user, o, u, p, firstId, r, length, encryptMetadata);
    }

    private static byte[] XorKey(byte[] key, int value)
    {
        var result = new byte[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            result[i] = (byte)(key[i] ^ value);
        }

        return result;
    }

    /// <summary>R5/R6 (AES-256): checks the password against /U then /O and unwraps /UE or /OE.</summary>
    private static byte[]? AuthenticateAes256(PdfDictionary encrypt, int r, byte[] o, byte[] u, string password)
    {
        if (o.Length < 48 || u.Length < 48)
        {
            throw new DocumentReadException("pdf", Msg.Of("problem.pdf_encryption_damaged", ("detail_en", $"AES-256 encryption dictionary: /O and /U must be 48 bytes, found {o.Length} and {u.Length}")));
        }

        var pw = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC));
        pw = pw.Length > 127 ? pw[..127] : pw;
        var ue = encrypt.GetString("UE")?.Bytes ?? [];
        var oe = encrypt.GetString("OE")?.Bytes ?? [];
        if (Hash(r, pw, u.AsSpan(32, 8), []).AsSpan().SequenceEqual(u.AsSpan(0, 32)) && ue.Length >= 32)
        {
            return AesCbc.DecryptNoIv(Hash(r, pw, u.AsSpan(40, 8), []), ue.AsSpan(0, 32));
        }

        var u48 = u[..48];
        if (Hash(r, pw, o.AsSpan(32, 8), u48).AsSpan().SequenceEqual(o.AsSpan(0, 32)) && oe.Length >= 32)
        {
            return AesCbc.DecryptNoIv(Hash(r, pw, o.AsSpan(40, 8), u48), oe.AsSpan(0, 32));
        }

        return null;
    }

    /// <summary>R5: SHA-256(password, salt, udata). R6: Algorithm 2.B (rounds of AES-128 and SHA-2).</summary>
    private static byte[] Hash(int r, byte[] password, ReadOnlySpan<byte> salt, byte[] userData)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userData]);
        if (r == 5)
        {
            return k;
        }

        for (var round = 0; ; round++)
        {
            var block = new byte[password.Length + k.Length + userData.Length];
            password.CopyTo(block, 0);
            k.CopyTo(block, password.Length);
            userData.CopyTo(block, password.Length + k.Length);
            var k1 = new byte[block.Length * 64];
            for (var i = 0; i < 64; i++)
            {
                block.CopyTo(k1, i * block.Length);
            }

            var e = AesCbc.EncryptNoPadding(k.AsSpan(0, 16), k.AsSpan(16, 16), k1);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            if (round >= 63 && e[^1] <= round - 31)
            {
                break;
            }
        }

        return k[..32];
    }
}
