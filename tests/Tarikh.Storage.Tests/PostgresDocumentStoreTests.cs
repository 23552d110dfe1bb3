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

    protected override async Task<IDocumentStore?> OpenFromVersionAsync(int version, IReadOnlyList<string> seed)
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return null;
        }

        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        _schemas.Add(schema);
        var cs = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            foreach (var sql in DatabaseAt(Sql.SqlDialect.Postgres, version, seed).Prepend($"CREATE SCHEMA {schema}"))
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                await cmd.ExecuteNonQueryAsync();
            }
        }

        return await DocumentStore.OpenAsync(cs);
    }

    protected override async Task<long> SqlAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schemas[^1] }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string LayerForeignKeys = """
        SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = current_schema()
        """;

    [Fact]
    public async Task A_version_1_database_loses_its_layer_foreign_keys_and_still_deletes_a_document_whole()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return;
        }

        // A database as version 1 left it: the layer tables with their foreign keys, and a document stored then.
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        _schemas.Add(schema);
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString))
        {
            await conn.OpenAsync();
            var v1 = new List<string> { $"CREATE SCHEMA {schema}", "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)" };
            v1.AddRange(Migrations.All[0].Statements(Sql.SqlDialect.Postgres));
            v1.Add("INSERT INTO schema_version VALUES (1, 'v1', '2026-12-01')");
            v1.Add("INSERT INTO documents (sha256, ingested_at, length, text, analysis_json, schema_id) VALUES ('old', '2026-12-01', 1, 'x', '{}', 'tarikh/1')");
            v1.Add("INSERT INTO clusters VALUES (1, 0, 'PER', 'فؤاد باشا', NULL, 1, 0)");
            v1.Add("INSERT INTO aliases VALUES (1, 0, 'فؤاد')");
            foreach (var sql in v1)
            {
                await using var cmd = new NpgsqlCommand(sql, conn);
                await cmd.ExecuteNonQueryAsync();
            }
        }

        Assert.Equal(6, await SqlAsync(LayerForeignKeys));
        await using var store = await DocumentStore.OpenAsync(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString);
        Assert.Equal(Migrations.Latest, await store.SchemaVersionAsync());
        Assert.Equal(0, await SqlAsync(LayerForeignKeys));
        var kept = await store.SaveAsync(Samples.Damascus());
        await SqlAsync("DELETE FROM documents WHERE sha256 = 'old'");
        Assert.Equal(new StoreStatistics(1, 3, 2, 2, 2), await store.StatisticsAsync());
        Assert.Equal(0, await SqlAsync("SELECT count(*) FROM aliases WHERE document_id = 1 AND alias = 'فؤاد'"));
        Assert.NotNull(await store.GetAsync(kept.Id));
    }

    [Fact]
    public async Task Deleting_a_cluster_or_an_event_deletes_its_aliases_or_participants_alone()
    {
        var store = await CreateStoreAsync();
        if (store is null)
        {
            return;
        }

        await using (store)
        {
            var a = await store.SaveAsync(Samples.Damascus());
            await SqlAsync($"DELETE FROM clusters WHERE document_id = {a.Id} AND cluster_id = 0");
            await SqlAsync($"DELETE FROM events WHERE document_id = {a.Id} AND idx = 1");
            // Damascus: aliases الشام (cluster 0) and عبد القادر (cluster 1); participants of events 0 and 1.
            Assert.Equal(new StoreStatistics(1, 2, 1, 1, 1), await store.StatisticsAsync());
        }
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
