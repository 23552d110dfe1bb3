using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Tarikh.Cli.Commands;
using Tarikh.Testing;
using Xunit;

namespace Tarikh.Cli.Tests.Commands;

/// <summary>Batches on several workers: output in input order, bounded read-ahead, a document past its limits is an error line and the batch goes on.</summary>
public sealed class BatchParallelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-batch-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static readonly string[] Sentences =
    [
        "ولد فلاديمير إيليتش أوليانوف في مدينة سيمبيرسك في شهر نيسان/ أبريل عام 1870.",
        "توفي سنة 1924 في قرية غوركي قرب موسكو.",
        "درس الحقوق في جامعة قازان ثم طرد منها عام 1887.",
        "قامت الثورة في شهر تشرين الأول/ أكتوبر عام 1917.",
    ];

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text });

    private string Batch(IEnumerable<string> lines)
    {
        var path = Path.Combine(_dir, "batch.jsonl");
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    private static List<JsonElement> Lines(string stdout)
        => [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public void OversizedLineIsAnErrorAndTheLinesAfterItAreAnalyzed()
    {
        var big = string.Concat(Enumerable.Repeat(Sentences[0] + " ", 60)); // ≈ 4,700 characters, past 0.002 MB
        var batch = Batch([Line("a", Sentences[1]), Line("big", big), Line("c", Sentences[2]), Line("d", Sentences[3])]);
        var result = CliRunner.InProcess(null, "analyze", "--jsonl", batch, "--max-size", "0.002", "--workers", "2");
        Assert.Equal(3, result.ExitCode);
        var lines = Lines(result.Stdout);
        Assert.Equal(4, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal("too-large", lines[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.Equal("d", lines[3].GetProperty("id").GetString());
        SpanAssert.Json(Sentences[3], lines[3]);
        Assert.Contains("too-large", result.Stderr);
    }

    [Fact]
    public void TwoWorkersWriteExactlyWhatOneWorkerWrites()
    {
        // Long and short documents mixed, so later ones finish first on two workers.
        var lines = Enumerable.Range(0, 10).Select(i => Line($"d{i}", i % 3 == 0
            ? string.Join(' ', Enumerable.Repeat(string.Join(' ', Sentences), 20))
            : Sentences[i % Sentences.Length]));
        var batch = Batch(lines);
        var one = CliRunner.InProcess(null, "analyze", "--jsonl", batch, "--workers", "1");
        var two = CliRunner.InProcess(null, "analyze", "--jsonl", batch, "--workers", "2");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => $"d{i}")], Lines(two.Stdout).Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(one.Stdout, two.Stdout);
    }

    [Fact]
    public void RecordsRenderedOnTheWorkersAreWhatTheWriterWritesForOneDocument()
    {
        const string format = "jsonl"; // the streamable format: its records are rendered on the workers
        // A folder's records are rendered on the worker threads; one file's record is written by the writing thread.
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "texts")).FullName;
        var files = Sentences.Select((text, i) =>
        {
            var path = Path.Combine(folder, $"t{i}.txt");
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }).ToList();
        var whole = CliRunner.InProcess(null, "analyze", folder, "-f", format, "--workers", "2");
        Assert.Equal(0, whole.ExitCode);
        var singly = files.Select(f => CliRunner.InProcess(null, "analyze", f, "-f", format)).ToList();
        Assert.All(singly, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(string.Concat(singly.Select(r => r.Stdout)), whole.Stdout);
    }

    [Fact]
    public void IngestReportsADocumentPastItsTimeLimitAndDoesNotStop()
    {
        // The article eight times takes seconds, far longer than a millisecond, even when the timer that cancels
        // the document's token runs late on a loaded machine: the pipeline stops between stages.
        var article = File.ReadAllText(SharedData.LeninArticlePath);
        var batch = Batch([Line("big", string.Join("\n\n", Enumerable.Repeat(article, 8)))]);
        var result = CliRunner.InProcess(null, "ingest", "--jsonl", batch, "--db", Path.Combine(_dir, "lib.db"), "--timeout", "0.001", "-q");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("[timeout] big", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("ingested 0 new, 0 already stored, 1 failed", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkersOutOfRangeIsAUsageError()
    {
        var batch = Batch([Line("a", Sentences[1])]);
        Assert.Equal(1, CliRunner.InProcess(null, "analyze", "--jsonl", batch, "--workers", "0").ExitCode);
        Assert.Equal(1, CliRunner.InProcess(null, "analyze", "--jsonl", batch, "--timeout", "-1").ExitCode);
    }

    [Fact]
    public void AnItemThatIgnoresItsTokenIsAbandonedAndTheBatchGoesOn()
    {
        using var never = new ManualResetEventSlim(false);
        var written = new List<string>();
        // A limit of seconds: the items that return at once must never reach it, even on a loaded machine.
        var batch = new OrderedBatch<string>(2, TimeSpan.FromSeconds(3), written.Add, grace: TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 6; i++)
        {
            var n = i;
            batch.Add(_ =>
            {
                if (n == 1)
                {
                    never.Wait(); // a stage that never looks at the token
                }

                return $"doc{n}";
            }, () => $"timeout{n}");
        }

        batch.Complete();
        never.Set();
        Assert.Equal(["doc0", "timeout1", "doc2", "doc3", "doc4", "doc5"], written);
        Assert.Equal(1, batch.Abandoned);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void AnItemThatStopsOnItsTokenBecomesItsTimeoutResult()
    {
        var written = new List<string>();
        var batch = new OrderedBatch<string>(1, TimeSpan.FromMilliseconds(100), written.Add, grace: TimeSpan.FromSeconds(20));
        batch.Add(ct =>
        {
            ct.WaitHandle.WaitOne(); // a stage checking its token in its loop
            ct.ThrowIfCancellationRequested();
            return "never";
        }, () => "timeout");
        batch.Add(_ => "next", () => "timeout2");
        batch.Complete();
        Assert.Equal(["timeout", "next"], written);
        Assert.Equal(0, batch.Abandoned);
    }

    [Fact]
    public void ReadAheadIsBounded()
    {
        var inFlight = 0;
        var most = 0;
        var batch = new OrderedBatch<int>(2, null, _ => Interlocked.Decrement(ref inFlight), window: 4);
        for (var i = 0; i < 40; i++)
        {
            most = Math.Max(most, Interlocked.Increment(ref inFlight));
            var n = i;
            batch.Add(_ =>
            {
                Thread.Sleep(n % 5);
                return n;
            }, () => -1);
        }

        batch.Complete();
        Assert.InRange(most, 1, 5); // the window (4) plus the item being added
        Assert.Equal(0, inFlight);
    }
}
