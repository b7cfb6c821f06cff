using Npgsql;

namespace Extraction.Workspace.Tests;

/// <summary>The stores the workspace tests run against: SQLite always; PostgreSQL when CI provides one in
/// EXTRACTION_TEST_PG (.ci/servers), each run in a fresh schema so runs never see each other's rows.</summary>
internal static class TestStores
{
    public const string Variable = "EXTRACTION_TEST_PG";

    /// <summary>A connection string to a new empty schema, or null when no PostgreSQL is configured (outside
    /// CI; in CI its absence fails the test rather than passing without running).</summary>
    public static string? FreshPostgres()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                $"CI must provide PostgreSQL in {Variable} (.ci/servers start)");
            return null;
        }

        var schema = "ws_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(connection))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = $"CREATE SCHEMA {schema}";
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(connection) { SearchPath = schema }.ToString();
    }

    /// <summary>Drops the schema <see cref="FreshPostgres"/> made.</summary>
    public static void Drop(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var schema = builder.SearchPath;
        if (schema is null || !schema.StartsWith("ws_", StringComparison.Ordinal))
        {
            return;
        }

        builder.SearchPath = null;
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(builder.ToString());
        admin.Open();
        using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP SCHEMA {schema} CASCADE";
        drop.ExecuteNonQuery();
    }
}
