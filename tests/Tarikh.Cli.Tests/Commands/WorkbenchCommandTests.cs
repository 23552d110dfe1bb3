using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary>The ingest and search commands, in process, on a temporary SQLite library.</summary>
public sealed class WorkbenchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-ingest-").FullName;

    private string Db => Path.Combine(_dir, "lib.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string CopyTexts()
    {
        var folder = Path.Combine(_dir, "texts");
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.EnumerateFiles(SharedData.Repo("data", "texts"), "workbench-*.ar.txt"))
        {
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        }

        return folder;
    }

    [Fact]
    public void Ingesting_a_folder_twice_stores_each_text_once()
    {
        var folder = CopyTexts();
        var count = Directory.GetFiles(folder).Length;
        var first = CliRunner.InProcess(null, "ingest", folder, "--db", Db, "--workers", "2");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains($"ingested {count} new, 0 already stored, 0 failed", first.Stderr, StringComparison.Ordinal);
        var second = CliRunner.InProcess(null, "ingest", folder, "--db", Db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"ingested 0 new, {count} already stored, 0 failed", second.Stderr, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Db + ".index"));
    }

    [Fact]
    public void A_bad_document_is_reported_and_skipped_and_the_rest_is_stored()
    {
        var batch = Path.Combine(_dir, "batch.jsonl");
        File.WriteAllText(batch, string.Join('\n',
            """{"id":"a","text":"انتُخب الرئيس في دمشق عام 1920."}""",
            """{"id":"b","text":""",
            """{"id":"c","text":"   "}""",
            """{"id":"d","text":"سافر رفاعة إلى باريس سنة 1826."}""") + "\n");
        var r = CliRunner.InProcess(null, "ingest", "--jsonl", batch, "--db", Db);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("ingested 2 new, 0 already stored, 2 failed", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("[bad-json]", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("[empty] c", r.Stderr, StringComparison.Ordinal);

        var search = CliRunner.InProcess(null, "search", "باريس", "--db", Db, "--format", "json");
        Assert.Equal(0, search.ExitCode);
        var json = JsonDocument.Parse(search.Stdout).RootElement;
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal("d", json.GetProperty("hits")[0].GetProperty("source_path").GetString());
    }

    [Fact]
    public void Search_prints_ranked_hits_with_marked_matches()
    {
        CliRunner.InProcess(null, "ingest", CopyTexts(), "--db", Db);
        var r = CliRunner.InProcess(null, "search", "الرئيس", "--db", Db);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 documents", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("«لرئيس»", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("«للرئيس»", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "abc")]
    [InlineData("--to", "1870-13")]
    [InlineData("--page", "0")]
    public void Bad_search_parameters_exit_1_with_a_bilingual_message(string option, string value)
    {
        var r = CliRunner.InProcess(null, "search", "دمشق", option, value, "--db", Db);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("error", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("خطأ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_a_missing_path_exits_2()
    {
        var r = CliRunner.InProcess(null, "ingest", Path.Combine(_dir, "nope"), "--db", Db);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not-found", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_needs_a_path_or_a_batch_but_not_both()
    {
        Assert.Equal(1, CliRunner.InProcess(null, "ingest", "--db", Db).ExitCode);
        Assert.Equal(1, CliRunner.InProcess(null, "ingest", "x", "--jsonl", "y", "--db", Db).ExitCode);
        Assert.Equal(1, CliRunner.InProcess(null, "ingest", "x", "--workers", "0", "--db", Db).ExitCode);
    }
}
