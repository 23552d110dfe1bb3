using Npgsql;

namespace Tarikh.Storage.Tests;

/// <summary>
/// Runs the store contract on PostgreSQL when <c>TARIKH_PG</c> holds a connection string (.ci/run
/// starts a loopback cluster and sets it). Each store gets its own schema, dropped afterwards.
/// </summary>
public sealed class PostgresDocumentStoreTests : DocumentStoreContract, IAsyncLifetime
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("TARIKH_PG");
    private readonly List<string> _schemas = [];

    protected override async Task<IDocumentStore?> CreateStoreAsync()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return null;
        }

        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new NpgsqlConnection(ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        _schemas.Add(schema);
        var cs = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
        var store = await DocumentStore.OpenAsync(cs);
        Assert.Equal("postgresql", store.Backend);
        return store;
    }

    [Fact]
    public void The_CI_provides_a_PostgreSQL_connection_when_it_says_so()
    {
        // .ci/run exports TARIKH_PG; under CI the PostgreSQL tests must really run.
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.False(string.IsNullOrEmpty(ConnectionString), "TARIKH_PG is not set under CI");
        }
    }

    [Fact]
    public async Task Workers_opening_a_fresh_database_at_once_all_succeed_and_migrate_once()
    {
        // Several workers started together on a new database: the schema is created once, and no opener fails on
        // the catalog's unique index (the first statement of the migration used to run outside the lock).
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return;
        }

        for (var round = 0; round < 5; round++)
        {
            var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(ConnectionString))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", conn);
                await cmd.ExecuteNonQueryAsync();
            }

            _schemas.Add(schema);

            // Each opener has its own pool (a distinct application name), as separate worker processes do; all start together.
            using var start = new Barrier(16);
            var stores = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            {
                var cs = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, ApplicationName = $"opener{i}" }.ConnectionString;
                start.SignalAndWait();
                return DocumentStore.OpenAsync(cs);
            })));
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            var checkCs = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
            await using var check = new NpgsqlConnection(checkCs);
            await check.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) - count(DISTINCT version) FROM schema_version", check);
            Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (string.IsNullOrEmpty(ConnectionString) || _schemas.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        foreach (var s in _schemas)
        {
            await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {s} CASCADE", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
