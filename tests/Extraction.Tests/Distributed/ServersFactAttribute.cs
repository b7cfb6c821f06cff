namespace Extraction.Tests.Distributed;

/// <summary>A test that needs real PostgreSQL and RabbitMQ servers; skipped, saying why, where there are none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ServersFactAttribute : FactAttribute
{
    public ServersFactAttribute()
    {
        if (ServerEnvironment.Unavailable() is { } reason)
        {
            Skip = reason;
        }
    }
}
