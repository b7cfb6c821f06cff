using System.Security.Cryptography;
using Extraction.Reading;
using Extraction.Tests.Output;

namespace Extraction.Tests.Core;

/// <summary>Hashing runs under the document's time limit: it must stop when its token fires, not read on.</summary>
public sealed class SourceFileHashTests
{
    [Fact]
    public void The_hash_equals_sha256_of_the_content()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.bin");
        var bytes = Enumerable.Range(0, 3 << 20).Select(i => (byte)(i * 31)).ToArray();
        File.WriteAllBytes(path, bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), new SourceFile(path).Hash(CancellationToken.None));
    }

    [Fact]
    public void A_fired_token_stops_the_hash()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.bin");
        File.WriteAllBytes(path, new byte[3 << 20]);
        var file = new SourceFile(path);
        Assert.Throws<OperationCanceledException>(() => file.Hash(new CancellationToken(canceled: true)));
        Assert.Equal(64, file.Sha256.Length); // a later hash without a limit still completes
    }
}
