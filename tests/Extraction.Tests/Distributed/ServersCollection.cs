namespace Extraction.Tests.Distributed;

/// <summary>The distributed tests share the servers and the broker's queue names, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "servers";
}
