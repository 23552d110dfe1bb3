using Microsoft.Data.Sqlite;

namespace Tarikh.Storage.Tests;

public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-sqlite-").FullName;

    private string? _last;

    protected override async Task<IDocumentStore?> CreateStoreAsync() =>
        await SqliteDocumentStore.OpenAsync(_last = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

    protected override async Task<IDocumentStore?> OpenFromVersionAsync(int version, IReadOnlyList<string> seed)
    {
        _last = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db");
        await using (var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _last, ForeignKeys = true }.ToString()))
        {
            await conn.OpenAsync();
            foreach (var sql in DatabaseAt(Sql.SqlDialect.Sqlite, version, seed))
            {
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = sql;
                await cmd.ExecuteNonQueryAsync();
            }
        }

        return await SqliteDocumentStore.OpenAsync(_last);
    }

    protected override async Task<long> SqlAsync(string sql)
    {
        await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _last, ForeignKeys = true }.ToString());
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task SQLite_keeps_its_foreign_keys_after_migrations_2_and_3()
    {
        await using var store = await CreateStoreAsync();
        // One foreign key per layer table kept by migration 3 (aliases and participants: two columns each), as migration 1 made them.
        var keys = string.Join(" + ", new[] { "clusters", "aliases", "events", "participants" }
            .Select(t => $"(SELECT count(DISTINCT id) FROM pragma_foreign_key_list('{t}'))"));
        Assert.Equal(4, await SqlAsync("SELECT " + keys));
    }

    [Fact]
    public async Task The_database_is_one_file_in_WAL_mode_that_survives_reopening()
    {
        var path = Path.Combine(_dir, "persist.db");
        long id;
        await using (var store = await SqliteDocumentStore.OpenAsync(path))
        {
            id = (await store.SaveAsync(Samples.Damascus())).Id;
        }

        await using (var conn = new SqliteConnection("Data Source=" + path))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
        }

        await using (var again = await SqliteDocumentStore.OpenAsync(path))
        {
            Assert.Equal(id, (await again.GetAsync(id))?.Id);
            Assert.False((await again.SaveAsync(Samples.Damascus())).Created);
        }
    }

    [Fact]
    public async Task DocumentStore_opens_a_file_path_as_SQLite()
    {
        await using var store = await DocumentStore.OpenAsync(Path.Combine(_dir, "factory.db"));
        Assert.Equal("sqlite", store.Backend);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
