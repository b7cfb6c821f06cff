namespace Extraction.Tests.Distributed;

/// <summary>Where the distributed tests find PostgreSQL and RabbitMQ: EXTRACTION_TEST_PG and EXTRACTION_TEST_AMQP
/// (set by .ci/run), or else servers the fixture starts itself with .ci/servers (private data in a temporary
/// folder, 127.0.0.1, free ports) when PostgreSQL and RabbitMQ are installed.</summary>
internal static class ServerEnvironment
{
    public const string PgVariable = "EXTRACTION_TEST_PG";
    public const string AmqpVariable = "EXTRACTION_TEST_AMQP";

    public static bool Given => Environment.GetEnvironmentVariable(PgVariable) is { Length: > 0 } && Environment.GetEnvironmentVariable(AmqpVariable) is { Length: > 0 };

    /// <summary>Null when the tests can run, else why not.</summary>
    public static string? Unavailable()
    {
        if (Given)
        {
            return null;
        }

        if (Script() is null)
        {
            return $"{PgVariable}/{AmqpVariable} not set and .ci/servers not found above the test binaries";
        }

        var initdb = Directory.Exists("/usr/lib/postgresql") && Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any();
        if (!initdb || !File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            return $"{PgVariable}/{AmqpVariable} not set and PostgreSQL or RabbitMQ is not installed (apt-get install postgresql rabbitmq-server; .ci/run does)";
        }

        return null;
    }

    /// <summary>The repository's .ci/servers, found upwards from the test binaries.</summary>
    public static string? Script()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, ".ci", "servers");
            if (File.Exists(script))
            {
                return script;
            }
        }

        return null;
    }
}
