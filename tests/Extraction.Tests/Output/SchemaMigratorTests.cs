using Extraction.Output.Store;
using Microsoft.Data.Sqlite;

namespace Extraction.Tests.Output;

public sealed class SchemaMigratorTests
{
    private static readonly Migration[] Two =
    [
        new(1, "a", "CREATE TABLE a (x INTEGER)"),
        new(2, "b", "CREATE TABLE b (y TEXT); INSERT INTO b VALUES ('seed')"),
    ];

    [Fact]
    public void Pending_migrations_run_once_in_order_and_are_recorded()
    {
        using var connection = Open();
        Assert.Equal(1, SchemaMigrator.Migrate(connection, Two[..1]));
        Assert.Equal(2, SchemaMigrator.Migrate(connection, Two));
        Assert.Equal(2, SchemaMigrator.Migrate(connection, Two)); // again: nothing runs twice
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM b"));
        Assert.Equal("a,b", Scalar(connection, "SELECT group_concat(description, ',') FROM (SELECT description FROM schema_version ORDER BY version)"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_schema_where_it_was()
    {
        using var connection = Open();
        SchemaMigrator.Migrate(connection, Two[..1]);
        Migration[] broken = [Two[0], new(2, "bad", "CREATE TABLE c (z INTEGER); CREATE TABLE a (x INTEGER)")];
        Assert.ThrowsAny<SqliteException>(() => SchemaMigrator.Migrate(connection, broken));
        Assert.Equal(1, SchemaMigrator.CurrentVersion(connection));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'c'"));
    }

    [Fact]
    public void A_store_newer_than_the_build_is_refused()
    {
        using var connection = Open();
        SchemaMigrator.Migrate(connection, Two);
        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Migrate(connection, Two[..1]));
        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Versions_must_run_one_two_three()
    {
        using var connection = Open();
        Assert.Throws<ArgumentException>(() => SchemaMigrator.Migrate(connection, [new(2, "skips 1", "SELECT 1")]));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
