using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary>Read commands refuse a library that does not exist; serve creates no folders and reports user mistakes without a stack trace.</summary>
public sealed class StoreAndServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-store-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static void NoStackTrace(CliResult r)
    {
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_on_a_mistyped_library_exits_5_and_creates_nothing()
    {
        var db = Path.Combine(_dir, "tarikh-typo.db");
        var r = CliRunner.InProcess(null, "search", "ستالين", "--db", db);
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("no library at", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("لا توجد مكتبة", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.False(Directory.Exists(db + ".index"));
        NoStackTrace(r);
    }

    [Fact]
    public void Search_on_an_existing_library_still_works()
    {
        var db = Path.Combine(_dir, "lib.db");
        var text = Path.Combine(_dir, "t.txt");
        File.WriteAllText(text, "وُلد جوزيف ستالين سنة 1878 في غوري، وتوفي في موسكو سنة 1953.");
        Assert.Equal(0, CliRunner.InProcess(null, "ingest", text, "--db", db).ExitCode);
        var r = CliRunner.InProcess(null, "search", "ستالين", "--db", db, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches("\"total\":\\s*1,", r.Stdout);
    }

    [Fact]
    public void Serve_in_a_missing_folder_exits_5_and_creates_no_folder()
    {
        var folder = Path.Combine(_dir, "no", "such");
        var r = CliRunner.InProcess(null, "serve", "--urls", "http://127.0.0.1:0", "--db", Path.Combine(folder, "lib.db"));
        Assert.Equal(5, r.ExitCode);
        Assert.Contains("does not exist", r.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "no")));
        NoStackTrace(r);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://192.168.1.20:5080")]
    public void Serve_beyond_loopback_without_a_key_exits_1_before_opening_anything(string urls)
    {
        var db = Path.Combine(_dir, "lib.db");
        var r = CliRunner.InProcess(null, "serve", "--urls", urls, "--db", db);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--api-key", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("مفتاح", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("ftp://127.0.0.1:5080")]
    public void Serve_with_a_malformed_address_exits_1_without_a_stack_trace(string urls)
    {
        var r = CliRunner.InProcess(null, "serve", "--urls", urls, "--db", Path.Combine(_dir, "lib.db"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not an address to listen on", r.Stderr, StringComparison.Ordinal);
        NoStackTrace(r);
    }

    [Fact]
    public void Serve_with_an_index_in_a_missing_folder_exits_5_even_when_the_database_exists()
    {
        var db = Path.Combine(_dir, "lib.db");
        var text = Path.Combine(_dir, "t.txt");
        File.WriteAllText(text, "وُلد أحمد شوقي في القاهرة سنة 1868.");
        Assert.Equal(0, CliRunner.InProcess(null, "ingest", text, "--db", db).ExitCode);
        var index = Path.Combine(_dir, "missing", "idx");
        var r = CliRunner.InProcess(null, "serve", "--urls", "http://127.0.0.1:0", "--db", db, "--index", index);
        Assert.Equal(5, r.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_dir, "missing")));
    }

    [Fact]
    public void Serve_on_a_busy_port_exits_1_with_a_bilingual_message_and_no_stack_trace()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var r = CliRunner.Process(null, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(_dir, "lib.db"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("already in use", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("مستخدم من برنامج آخر", r.Stderr, StringComparison.Ordinal);
        NoStackTrace(r);
    }
}
