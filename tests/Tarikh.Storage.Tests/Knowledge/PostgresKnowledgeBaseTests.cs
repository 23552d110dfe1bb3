using Npgsql;
using Tarikh.Core.Knowledge;
using Tarikh.Storage.Knowledge;
using Tarikh.Testing;

namespace Tarikh.Storage.Tests.Knowledge;

/// <summary>The PostgreSQL knowledge base, when <c>TARIKH_PG</c> holds a connection string (.ci/run sets it); each test in its own schema.</summary>
public sealed class PostgresKnowledgeBaseTests : IDisposable
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("TARIKH_PG");
    private readonly string _schema = "kb_" + Guid.NewGuid().ToString("N")[..16];

    private PostgresKnowledgeBase? Open()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return null;
        }

        using (var conn = new NpgsqlConnection(ConnectionString))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {_schema}", conn);
            cmd.ExecuteNonQuery();
        }

        return new PostgresKnowledgeBase(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ConnectionString);
    }

    public void Dispose()
    {
        if (string.IsNullOrEmpty(ConnectionString))
        {
            return;
        }

        using var conn = new NpgsqlConnection(ConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", conn);
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void The_lenin_dump_imports_and_reads_back_with_its_name_index_and_checkpoint()
    {
        using var kb = Open();
        if (kb is null)
        {
            return; // no PostgreSQL here; .ci/run provides one
        }

        var path = SharedData.Repo("data", "kb", "lenin.json");
        var result = new KbImporter(kb).ImportFile(path);
        Assert.Equal(0, result.Errors);
        Assert.Equal(result.Stored, kb.Count);
        Assert.Equal("Vladimir Lenin", kb.Get("Q1394")!.Labels["en"]);
        Assert.Contains("Q1394", kb.Lookup(KbNames.Default.Key("لينين"), KbKeyKind.Name, 10));
        Assert.True(new KbImporter(kb).ImportFile(path).AlreadyDone);
        Assert.Equal("Q72", new KbSearch(kb).Search("زيوريخ")[0].Entity.Id);

        // Importing again with --restart replaces entities and names without duplicates.
        new KbImporter(kb, KbImportOptions.Default with { Resume = false }).ImportFile(path);
        Assert.Equal(result.Stored, kb.Count);
        Assert.Single(kb.Lookup(KbNames.Default.Key("لينين"), KbKeyKind.Name, 10), id => id == "Q1394");
    }
}
