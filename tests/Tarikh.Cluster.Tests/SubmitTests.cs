using System.Text;
using Tarikh.Cli;

namespace Tarikh.Cluster.Tests;

/// <summary><c>tarikh queue submit</c> and <c>queue status</c> against the real broker.</summary>
[Collection("servers")]
public sealed class SubmitTests(ITestOutputHelper output)
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var code = Program.Run(args, new CliConsole(() => new MemoryStream(), stdout, stderr));
        return (code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    [Fact]
    public async Task A_broken_batch_line_is_reported_in_both_languages_and_the_other_lines_are_submitted()
    {
        await using var servers = await Servers.StartAsync(output);
        if (servers is null)
        {
            return;
        }

        var texts = Corpus.Documents(3);
        var file = Path.Combine(Path.GetTempPath(), $"tarikh-submit-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, [
            $"{{\"id\":\"a\",\"text\":{System.Text.Json.JsonSerializer.Serialize(texts[0])}}}",
            "{\"id\":\"b\",\"text\":",
            $"{{\"id\":\"c\",\"text\":{System.Text.Json.JsonSerializer.Serialize(texts[1])}}}",
            "{\"id\":\"d\"}",
            $"{{\"id\":\"e\",\"text\":{System.Text.Json.JsonSerializer.Serialize(texts[2])}}}",
        ]);
        try
        {
            var (code, _, err) = Run("queue", "submit", "--jsonl", file, "--broker", Servers.Amqp!, "--queue", servers.Topology.Queue, "--quiet");
            output.WriteLine(err);
            Assert.Equal(ExitCodes.PartialFailure, code);
            Assert.Contains("skipped [bad-json]", err, StringComparison.Ordinal);
            Assert.Contains("تُركت [missing-text]", err, StringComparison.Ordinal);
            Assert.Contains("submitted 3 jobs", err, StringComparison.Ordinal);
            Assert.Equal(3u, await servers.MessagesAsync(servers.Topology.Queue));

            var status = Run("queue", "status", "--broker", Servers.Amqp!, "--queue", servers.Topology.Queue, "--db", servers.Database, "--management", "http://127.0.0.1:1/");
            Assert.Equal(0, status.Code);
            Assert.Contains("queued / في الانتظار: 3", status.Out, StringComparison.Ordinal);
            Assert.Contains("done (documents stored) / المنجزة (الوثائق المحفوظة): 0", status.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_broker_option_is_a_usage_error_in_both_languages()
    {
        Environment.SetEnvironmentVariable("TARIKH_BROKER", null);
        var (code, _, err) = Run("worker", "--db", "Host=127.0.0.1");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--broker", err, StringComparison.Ordinal);
        Assert.Matches("\\p{IsArabic}", err);
    }

    [Fact]
    public void An_unreachable_broker_is_reported_not_thrown()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "{\"id\":\"a\",\"text\":\"نص\"}\n");
        try
        {
            var (code, _, err) = Run("queue", "submit", "--jsonl", file, "--broker", "amqp://guest:guest@127.0.0.1:1/");
            Assert.Equal(6, code);
            Assert.Contains("error [broker]", err, StringComparison.Ordinal);
            Assert.Contains("خطأ [broker]", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
