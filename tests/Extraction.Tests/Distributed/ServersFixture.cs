using System.Diagnostics;
using Npgsql;
using RabbitMQ.Client;

namespace Extraction.Tests.Distributed;

/// <summary>The servers for the distributed tests (see <see cref="ServerEnvironment"/>); each test gets a fresh
/// database and empty queues. Servers it started itself it stops at dispose.</summary>
public sealed class ServersFixture : IDisposable
{
    private readonly string? _private;

    public ServersFixture()
    {
        if (ServerEnvironment.Given || ServerEnvironment.Unavailable() is not null)
        {
            Pg = Environment.GetEnvironmentVariable(ServerEnvironment.PgVariable) ?? string.Empty;
            Amqp = Environment.GetEnvironmentVariable(ServerEnvironment.AmqpVariable) ?? string.Empty;
            return;
        }

        _private = Directory.CreateTempSubdirectory("extract-servers-").FullName;
        string output;
        try
        {
            output = Run(ServerEnvironment.Script()!, "start", _private);
        }
        catch
        {
            Dispose(); // Stops whichever of the two did start.
            throw;
        }

        string Value(string name) => output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("export " + name + "=", StringComparison.Ordinal))
            .Split('=', 2)[1].Trim('\'');
        Pg = Value(ServerEnvironment.PgVariable);
        Amqp = Value(ServerEnvironment.AmqpVariable);
    }

    /// <summary>Connection string of the server's maintenance database (the tests create their own).</summary>
    public string Pg { get; }

    public string Amqp { get; }

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "extract_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(Pg))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Pg) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>Removes the product's queues so a test starts with none.</summary>
    public async Task ResetQueuesAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(Amqp) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in new[] { "extraction.text", "extraction.scan", "extraction.dead" })
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        }
    }

    public void Dispose()
    {
        if (_private is null)
        {
            return;
        }

        try
        {
            Run(ServerEnvironment.Script()!, "stop", _private);
        }
        finally
        {
            Directory.Delete(_private, recursive: true);
        }
    }

    private static string Run(string script, string action, string directory)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, action, directory })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(7)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($".ci/servers {action} did not finish in 7 minutes");
        }

        return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($".ci/servers {action} failed ({process.ExitCode}): {error.Result}");
    }
}
