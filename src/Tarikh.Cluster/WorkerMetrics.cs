using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tarikh.Cluster;

/// <summary>A worker's counters, rendered in the Prometheus text format (version 0.0.4). Thread-safe.</summary>
public sealed class WorkerMetrics
{
    private readonly Stopwatch _uptime = Stopwatch.StartNew();
    private readonly object _gate = new();
    private long _stored, _duplicates, _retried, _deadLettered, _requeued, _inFlight;
    private double _lagSum, _lagLast, _decodeSum, _analyzeSum, _storeSum, _searchSum, _waitSum;
    private double _analyzeCpuSum;
    private long _lagCount, _stageCount, _groups, _groupedDocuments, _acks, _acked;

    /// <summary>Documents stored by this worker.</summary>
    public long Stored => Interlocked.Read(ref _stored);

    /// <summary>Deliveries whose text was already stored (redeliveries, resubmissions).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Failed tries sent back to the queue for another try.</summary>
    public long Retried => Interlocked.Read(ref _retried);

    /// <summary>Jobs this worker sent to the dead-letter queue.</summary>
    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Jobs returned to the queue without a try counted (database away, shutdown).</summary>
    public long Requeued => Interlocked.Read(ref _requeued);

    /// <summary>Jobs being processed now.</summary>
    public long InFlight => Interlocked.Read(ref _inFlight);

    /// <summary>Seconds since the worker started.</summary>
    public double UptimeSeconds => _uptime.Elapsed.TotalSeconds;

    internal void Begin() => Interlocked.Increment(ref _inFlight);

    internal void End() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Transactions committed by this worker's writer.</summary>
    public long Groups => Interlocked.Read(ref _groups);

    /// <summary>Counts one committed transaction of <paramref name="documents"/> documents.</summary>
    public void CountGroup(int documents)
    {
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _groupedDocuments, documents);
    }

    /// <summary>Acknowledgements sent to the broker (one multiple acknowledgement covers several deliveries).</summary>
    public long Acknowledgements => Interlocked.Read(ref _acks);

    /// <summary>Deliveries those acknowledgements covered.</summary>
    public long Acknowledged => Interlocked.Read(ref _acked);

    /// <summary>Counts one acknowledgement sent for <paramref name="deliveries"/> deliveries.</summary>
    internal void CountAcknowledgement(int deliveries)
    {
        Interlocked.Increment(ref _acks);
        Interlocked.Add(ref _acked, deliveries);
    }

    internal void CountRetried() => Interlocked.Increment(ref _retried);

    internal void CountDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void CountRequeued() => Interlocked.Increment(ref _requeued);

    internal void CountDone(JobOutcome outcome, double? lagSeconds)
    {
        Interlocked.Increment(ref outcome.Status == JobStatus.Stored ? ref _stored : ref _duplicates);
        lock (_gate)
        {
            _decodeSum += outcome.Decode.TotalSeconds;
            _analyzeSum += outcome.Analyze.TotalSeconds;
            _analyzeCpuSum += outcome.AnalyzeCpu.TotalSeconds;
            _storeSum += outcome.Store.TotalSeconds;
            _searchSum += outcome.Search.TotalSeconds;
            _waitSum += outcome.Wait.TotalSeconds;
            _stageCount++;
            if (lagSeconds is { } lag)
            {
                _lagSum += lag;
                _lagLast = lag;
                _lagCount++;
            }
        }
    }

    /// <summary>The metrics in the Prometheus text format.</summary>
    public string Render()
    {
        var b = new StringBuilder();
        void Line(string text) => b.Append(text).Append('\n');
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        Line("# HELP tarikh_worker_jobs_total Jobs handled by this worker, by outcome.");
        Line("# TYPE tarikh_worker_jobs_total counter");
        Line($"tarikh_worker_jobs_total{{outcome=\"stored\"}} {Stored}");
        Line($"tarikh_worker_jobs_total{{outcome=\"duplicate\"}} {Duplicates}");
        Line($"tarikh_worker_jobs_total{{outcome=\"retried\"}} {Retried}");
        Line($"tarikh_worker_jobs_total{{outcome=\"dead_lettered\"}} {DeadLettered}");
        Line($"tarikh_worker_jobs_total{{outcome=\"requeued\"}} {Requeued}");
        Line("# HELP tarikh_worker_jobs_in_flight Jobs being processed now.");
        Line("# TYPE tarikh_worker_jobs_in_flight gauge");
        Line($"tarikh_worker_jobs_in_flight {InFlight}");
        var uptime = UptimeSeconds;
        Line("# HELP tarikh_worker_documents_per_second Documents done (stored or already stored) per second since start.");
        Line("# TYPE tarikh_worker_documents_per_second gauge");
        Line($"tarikh_worker_documents_per_second {F(uptime > 0 ? (Stored + Duplicates) / uptime : 0)}");
        Line("# HELP tarikh_worker_uptime_seconds Seconds since the worker started.");
        Line("# TYPE tarikh_worker_uptime_seconds gauge");
        Line($"tarikh_worker_uptime_seconds {F(uptime)}");
        Line("# HELP tarikh_worker_transactions_total Transactions committed by the writer (each stores a group of documents).");
        Line("# TYPE tarikh_worker_transactions_total counter");
        Line($"tarikh_worker_transactions_total {Groups}");
        Line("# HELP tarikh_worker_transaction_documents_total Documents written by those transactions.");
        Line("# TYPE tarikh_worker_transaction_documents_total counter");
        Line($"tarikh_worker_transaction_documents_total {Interlocked.Read(ref _groupedDocuments)}");
        Line("# HELP tarikh_worker_acknowledgements_total Acknowledgements sent to the broker (a multiple acknowledgement covers a run of committed deliveries).");
        Line("# TYPE tarikh_worker_acknowledgements_total counter");
        Line($"tarikh_worker_acknowledgements_total {Acknowledgements}");
        Line("# HELP tarikh_worker_acknowledged_deliveries_total Deliveries covered by those acknowledgements.");
        Line("# TYPE tarikh_worker_acknowledged_deliveries_total counter");
        Line($"tarikh_worker_acknowledged_deliveries_total {Acknowledged}");
        // The process's own CPU and the JIT's share of it: with the runtime's default tiering the JIT is still compiling
        // after thousands of documents (docs/scale.md), and this shows how much of a worker's CPU it takes.
        using (var self = System.Diagnostics.Process.GetCurrentProcess())
        {
            Line("# HELP tarikh_worker_cpu_seconds_total CPU time (user and system) of the worker process.");
            Line("# TYPE tarikh_worker_cpu_seconds_total counter");
            Line($"tarikh_worker_cpu_seconds_total {F(self.TotalProcessorTime.TotalSeconds)}");
        }

        Line("# HELP tarikh_worker_gc_pause_seconds_total Time the garbage collector paused the worker's threads.");
        Line("# TYPE tarikh_worker_gc_pause_seconds_total counter");
        Line($"tarikh_worker_gc_pause_seconds_total {F(GC.GetTotalPauseDuration().TotalSeconds)}");
        Line("# HELP tarikh_worker_gc_collections_total Garbage collections by generation (a generation's count includes the older ones').");
        Line("# TYPE tarikh_worker_gc_collections_total counter");
        for (var g = 0; g <= GC.MaxGeneration; g++)
        {
            Line($"tarikh_worker_gc_collections_total{{generation=\"{g}\"}} {GC.CollectionCount(g)}");
        }

        Line("# HELP tarikh_worker_jit_seconds_total Time the JIT spent compiling methods in the worker process (all threads).");
        Line("# TYPE tarikh_worker_jit_seconds_total counter");
        Line($"tarikh_worker_jit_seconds_total {F(System.Runtime.JitInfo.GetCompilationTime().TotalSeconds)}");
        Line("# HELP tarikh_worker_jit_methods_total Methods compiled by the JIT (each tier counts again).");
        Line("# TYPE tarikh_worker_jit_methods_total counter");
        Line($"tarikh_worker_jit_methods_total {System.Runtime.JitInfo.GetCompiledMethodCount()}");
        lock (_gate)
        {
            Line("# HELP tarikh_worker_queue_lag_seconds Time from submission to commit of a job.");
            Line("# TYPE tarikh_worker_queue_lag_seconds summary");
            Line($"tarikh_worker_queue_lag_seconds_sum {F(_lagSum)}");
            Line($"tarikh_worker_queue_lag_seconds_count {_lagCount}");
            Line("# HELP tarikh_worker_queue_lag_last_seconds Queue lag of the last job done.");
            Line("# TYPE tarikh_worker_queue_lag_last_seconds gauge");
            Line($"tarikh_worker_queue_lag_last_seconds {F(_lagLast)}");
            Line("# HELP tarikh_worker_stage_seconds Time spent per stage over the jobs done (store: each document's share of its transaction; wait: analyzed, waiting for its group).");
            Line("# TYPE tarikh_worker_stage_seconds summary");
            foreach (var (stage, sum) in new[] { ("decode", _decodeSum), ("analyze", _analyzeSum), ("store", _storeSum), ("search", _searchSum), ("wait", _waitSum) })
            {
                Line($"tarikh_worker_stage_seconds_sum{{stage=\"{stage}\"}} {F(sum)}");
                Line($"tarikh_worker_stage_seconds_count{{stage=\"{stage}\"}} {_stageCount}");
            }

            Line("# HELP tarikh_worker_analysis_cpu_seconds_total CPU time of the analyses of the jobs done (their threads'; Linux): the analyze stage less the time its threads waited for a core.");
            Line("# TYPE tarikh_worker_analysis_cpu_seconds_total counter");
            Line($"tarikh_worker_analysis_cpu_seconds_total {F(_analyzeCpuSum)}");
        }

        return b.ToString();
    }
}

/// <summary>
/// A tiny HTTP listener that answers every GET with the metrics (Prometheus scrapes <c>/metrics</c>).
/// One request per connection; no other routes, no request body.
/// </summary>
public sealed class MetricsServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly WorkerMetrics _metrics;

    /// <summary>Starts listening on <paramref name="address"/>:<paramref name="port"/> (port 0: any free port).</summary>
    public MetricsServer(WorkerMetrics metrics, IPAddress address, int port)
    {
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _listener = new TcpListener(address, port);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The port listened on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                stream.ReadTimeout = 5000;
                using var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync().ConfigureAwait(false) ?? string.Empty;
                while (await reader.ReadLineAsync().ConfigureAwait(false) is { Length: > 0 })
                {
                    // Headers are ignored.
                }

                var ok = requestLine.StartsWith("GET ", StringComparison.Ordinal);
                var body = Encoding.UTF8.GetBytes(ok ? _metrics.Render() : "only GET /metrics\n");
                var head = Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 {(ok ? "200 OK" : "405 Method Not Allowed")}\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head).ConfigureAwait(false);
                await stream.WriteAsync(body).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // A scraper that hung up: nothing to do.
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
