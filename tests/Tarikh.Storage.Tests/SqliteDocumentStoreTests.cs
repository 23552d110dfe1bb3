using Microsoft.Data.Sqlite;

namespace Tarikh.Storage.Tests;

public sealed class SqliteDocumentStoreTests : DocumentStoreContract, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-sqlite-").FullName;

    protected override async Task<IDocumentStore?> CreateStoreAsync() =>
        await SqliteDocumentStore.OpenAsync(Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".db"));

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
