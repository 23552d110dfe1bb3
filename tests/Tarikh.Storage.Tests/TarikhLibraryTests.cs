using Microsoft.Data.Sqlite;
using Tarikh.Storage.Search;

namespace Tarikh.Storage.Tests;

public sealed class TarikhLibraryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-lib-").FullName;

    [Fact]
    public async Task Saving_indexes_and_reopening_finds_the_document()
    {
        var options = new LibraryOptions(Path.Combine(_dir, "lib.db"));
        await using (var lib = await TarikhLibrary.OpenAsync(options))
        {
            var r = await lib.AddAsync(Samples.Damascus());
            Assert.True(r.Created);
            Assert.False((await lib.AddAsync(Samples.Damascus())).Created);
        }

        Assert.True(Directory.Exists(options.ResolvedIndexPath));
        await using (var lib = await TarikhLibrary.OpenAsync(options))
        {
            Assert.Equal(1, lib.Search(new SearchRequest("فتنة")).Results!.Total);
        }
    }

    [Fact]
    public async Task Documents_stored_but_missing_from_the_index_are_indexed_on_open()
    {
        var options = new LibraryOptions(Path.Combine(_dir, "crash.db"));
        await using (var store = await SqliteDocumentStore.OpenAsync(options.Database))
        {
            // A crash after the store commit and before the index commit.
            await store.SaveAsync(Samples.Damascus());
        }

        await using var lib = await TarikhLibrary.OpenAsync(options);
        Assert.Equal(1, lib.Index.Count);
        Assert.Equal(1, lib.Search(new SearchRequest(Person: "فؤاد باشا")).Results!.Total);
        Assert.Equal(1, await lib.RebuildIndexAsync());
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
