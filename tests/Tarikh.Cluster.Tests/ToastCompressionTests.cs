using Npgsql;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;

namespace Tarikh.Cluster.Tests;

/// <summary>
/// The group writer's sessions compress large values with LZ4 when the server offers it (cheaper for PostgreSQL than
/// pglz), unless the connection string already chose a method; what is read back is the same either way.
/// </summary>
[Collection("servers")]
public sealed class ToastCompressionTests(ITestOutputHelper output)
{
    private static readonly AnalysisPipeline Pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());

    private static async Task<(IReadOnlyList<string> Methods, IReadOnlyList<IngestResult> Results, IReadOnlyList<DocumentToStore> Docs, PostgresDocumentStore Store)> StoreAsync(string connectionString, IReadOnlyList<string> texts)
    {
        var store = await PostgresDocumentStore.OpenAsync(connectionString);
        var search = Storage.Search.PostgresSearchIndex.For(store);
        await search.EnsureSchemaAsync();
        var docs = texts.Select((t, i) => new DocumentToStore(Pipeline.Run(new SourceText(t), "z" + i), new DocumentMetadata("z" + i)).Prepare(search)).ToArray();
        var results = await store.SaveManyAsync(docs, search);
        var methods = new List<string>();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT coalesce(pg_column_compression(analysis_json), 'none') FROM documents ORDER BY id", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            methods.Add(r.GetString(0));
        }

        return (methods, results, docs, store);
    }

    [Fact]
    public async Task A_group_s_analysis_json_is_compressed_with_lz4_and_reads_back_unchanged()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var texts = Corpus.Documents(3, sentencesPerDocument: 5);
        var (methods, results, docs, store) = await StoreAsync(servers.Database, texts);
        await using (store)
        {
            Assert.Equal(3, methods.Count);
            Assert.All(methods, m => Assert.Equal("lz4", m));
            for (var i = 0; i < texts.Count; i++)
            {
                var stored = await store.GetAsync(results[i].Id);
                Assert.NotNull(stored);
                Assert.Equal(texts[i], stored.Text);
                Assert.Equal(DocumentRows.AnalysisJson(docs[i].Document), stored.AnalysisJson);
            }
        }
    }

    [Fact]
    public async Task A_compression_chosen_in_the_connection_string_is_kept()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var pglz = new NpgsqlConnectionStringBuilder(servers.Database) { Options = "-c default_toast_compression=pglz" }.ConnectionString;
        var (methods, _, _, store) = await StoreAsync(pglz, Corpus.Documents(2, sentencesPerDocument: 5));
        await using (store)
        {
            Assert.Equal(2, methods.Count);
            Assert.All(methods, m => Assert.Equal("pglz", m));
        }
    }
}
