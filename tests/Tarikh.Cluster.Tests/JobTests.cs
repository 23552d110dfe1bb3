using System.Text;
using NodaTime;
using Tarikh.Core.Input;

namespace Tarikh.Cluster.Tests;

/// <summary>Jobs on the wire, the worker's outcome on bad jobs, and the metrics format (no servers needed).</summary>
public sealed class JobTests
{
    private const string Sentence = "ولد الشيخ محمد عبده في قرية محلة نصر سنة 1849 وتوفي في الإسكندرية سنة 1905.";

    [Fact]
    public void A_text_job_survives_the_wire_unchanged()
    {
        var job = DocumentJob.FromText("a-1", Sentence, InputFormat.Html, new LocalDate(1905, 7, 11));
        var (back, error) = DocumentJob.Parse(job.ToJson());
        Assert.Null(error);
        Assert.Equal(job, back);
    }

    [Fact]
    public void A_path_job_carries_the_path_and_the_format_of_its_extension()
    {
        var (back, _) = DocumentJob.Parse(DocumentJob.FromPath("/srv/archive/1905/page.html").ToJson());
        Assert.Equal("/srv/archive/1905/page.html", back!.Path);
        Assert.Null(back.Text);
        Assert.Equal(InputFormat.Html, back.Format);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"بلا معرّف\"}")]
    [InlineData("{\"id\":\"x\"}")]
    [InlineData("{\"id\":\"x\",\"text\":\"نص\",\"path\":\"/a\"}")]
    [InlineData("{\"id\":\"x\",\"text\":\"نص\",\"reference_date\":\"1905/07/11\"}")]
    public void A_body_that_is_not_a_job_is_an_error_value_in_both_languages(string body)
    {
        var (job, error) = DocumentJob.Parse(Encoding.UTF8.GetBytes(body));
        Assert.Null(job);
        Assert.Equal(InputError.BadJson, error!.Code);
        Assert.Matches("\\p{IsArabic}", error.MessageAr);
    }

    [Fact]
    public void Metrics_are_in_the_Prometheus_text_format()
    {
        var metrics = new WorkerMetrics();
        metrics.CountDone(new JobOutcome(JobStatus.Stored, null, null, Analyze: TimeSpan.FromMilliseconds(40)) { AnalyzeCpu = TimeSpan.FromMilliseconds(30) }, 1.5);
        metrics.CountDone(new JobOutcome(JobStatus.AlreadyStored, null, null), null);
        var text = metrics.Render();
        Assert.Contains("tarikh_worker_jobs_total{outcome=\"stored\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_jobs_total{outcome=\"duplicate\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_queue_lag_seconds_count 1\n", text, StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_stage_seconds_sum{stage=\"analyze\"} 0.04\n", text, StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_analysis_cpu_seconds_total 0.03\n", text, StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_gc_collections_total{generation=\"0\"} ", text, StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_gc_pause_seconds_total ", text, StringComparison.Ordinal);
        // The process's CPU and the JIT's share of it (this test process has compiled methods, so both are above zero).
        Assert.Matches("\ntarikh_worker_cpu_seconds_total [0-9.]*[1-9]", text);
        Assert.Matches("\ntarikh_worker_jit_seconds_total [0-9.]*[1-9]", text);
        Assert.Matches("\ntarikh_worker_jit_methods_total [1-9][0-9]*\n", text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Matches("^(# (HELP|TYPE) \\w+ .+|\\w+(\\{\\w+=\"[^\"]*\"\\})? -?[0-9.eE+-]+)$", line);
        }
    }

    [Fact]
    public void The_thread_CPU_clock_counts_this_thread_s_work_and_not_its_sleep()
    {
        var before = ThreadCpu.Now();
        Thread.Sleep(200);
        var slept = ThreadCpu.Now() - before;
        var spin = System.Diagnostics.Stopwatch.StartNew();
        var x = 0.0;
        while (spin.ElapsedMilliseconds < 100)
        {
            x += Math.Sqrt(spin.ElapsedTicks);
        }

        var worked = ThreadCpu.Now() - before - slept;
        Assert.True(x > 0);
        if (!OperatingSystem.IsLinux())
        {
            Assert.Equal(TimeSpan.Zero, worked);
            return;
        }

        Assert.True(slept < TimeSpan.FromMilliseconds(50), $"slept {slept}");      // a sleeping thread uses no CPU
        Assert.True(worked > TimeSpan.FromMilliseconds(1), $"worked {worked}");     // some of the 100 ms spin, however loaded the machine
        Assert.True(worked <= TimeSpan.FromMilliseconds(150), $"worked {worked}");  // never more than the wall time (plus a clock tick)
    }

    [Fact]
    public async Task The_metrics_listener_answers_a_scrape_over_HTTP()
    {
        var metrics = new WorkerMetrics();
        await using var server = new MetricsServer(metrics, System.Net.IPAddress.Loopback, 0);
        using var http = new HttpClient();
        var response = await http.GetAsync($"http://127.0.0.1:{server.Port}/metrics");
        Assert.True(response.IsSuccessStatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("tarikh_worker_jobs_in_flight 0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_connection_failure_is_told_apart_from_a_document_failure()
    {
        Assert.True(DocumentProcessor.IsStoreUnavailable(new System.Net.Sockets.SocketException()));
        Assert.True(DocumentProcessor.IsStoreUnavailable(new InvalidOperationException("wrapped", new TimeoutException())));
        Assert.False(DocumentProcessor.IsStoreUnavailable(new InvalidOperationException("a bug")));
    }
}
