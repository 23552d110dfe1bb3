using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Tarikh.Core.Input;

namespace Tarikh.Cluster;

/// <summary>How a worker consumes.</summary>
/// <param name="Topology">The queues.</param>
/// <param name="Concurrency">Jobs analyzed at once (default: number of cores); the processor enforces it.</param>
/// <param name="Prefetch">
/// Unacknowledged deliveries the broker sends ahead (default: twice the concurrency plus the group size): all of
/// them are taken in at once, analyzed <paramref name="Concurrency"/> at a time, and wait for their group's commit.
/// </param>
/// <param name="MaxTries">Failed tries after which a job goes to the dead-letter queue with its error (K).</param>
/// <param name="ShutdownGrace">On stop, how long in-flight jobs may run to completion before they are returned to the queue.</param>
public sealed record WorkerOptions(QueueTopology Topology, int Concurrency, int Prefetch, int MaxTries = 3, TimeSpan? ShutdownGrace = null)
{
    /// <summary>The grace period in force (default 60 s).</summary>
    public TimeSpan Grace => ShutdownGrace ?? TimeSpan.FromSeconds(60);
}

/// <summary>
/// Consumes document jobs from the queue: manual acknowledgement only after the document is committed to
/// the store, a bounded prefetch, K tries with the error recorded on the job, then the dead-letter queue.
/// A worker that dies (kill -9, a lost machine) leaves its unacknowledged jobs to the broker, which gives
/// them to another worker; the store's unique SHA-256 turns that redelivery into a no-op. On stop it takes
/// no new job, lets the jobs in flight finish (or returns them after the grace period), and closes.
/// </summary>
public sealed class DocumentWorker
{
    /// <summary>How long a stopping worker waits, after its last acknowledgement, before it closes its channel.</summary>
    private static readonly TimeSpan SettleBeforeClose = TimeSpan.FromMilliseconds(500);

    private readonly string _brokerUri;
    private readonly DocumentProcessor _processor;
    private readonly WorkerOptions _options;
    private readonly Action<string> _log;

    /// <summary>Creates a worker.</summary>
    /// <param name="brokerUri">The broker's AMQP URI.</param>
    /// <param name="processor">Analyzes and stores the jobs.</param>
    /// <param name="options">Consumption settings.</param>
    /// <param name="metrics">Counters (shared with a metrics endpoint).</param>
    /// <param name="log">Receives one line per notable event (errors, dead letters), already bilingual.</param>
    public DocumentWorker(string brokerUri, DocumentProcessor processor, WorkerOptions options, WorkerMetrics metrics, Action<string>? log = null)
    {
        _brokerUri = brokerUri;
        _processor = processor ?? throw new ArgumentNullException(nameof(processor));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        Metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _log = log ?? (_ => { });
    }

    /// <summary>The worker's counters.</summary>
    public WorkerMetrics Metrics { get; }

    /// <summary>Consumes until <paramref name="stop"/> is cancelled, then shuts down cleanly.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var topology = _options.Topology;
        await using var publisher = await JobPublisher.OpenAsync(_brokerUri, topology, stop).ConfigureAwait(false);
        // Deliveries are handed over one at a time, in the channel's order (so that the acknowledgement tracker sees their
        // tags in order), and each is then processed on its own task: the processor analyzes Concurrency of them at a time
        // and the others wait for a slot or for their group's commit.
        var prefetch = (ushort)Math.Clamp(Math.Max(_options.Prefetch, _options.Concurrency), 1, ushort.MaxValue);
        var factory = Broker.Factory(_brokerUri, dispatchConcurrency: 1);
        await using var connection = await factory.CreateConnectionAsync("tarikh-worker " + Broker.ProcessName, stop).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stop).ConfigureAwait(false);
        await topology.DeclareAsync(channel, stop).ConfigureAwait(false);
        await channel.BasicQosAsync(0, prefetch, global: false, stop).ConfigureAwait(false);
        var acks = new Acknowledger(channel, Metrics);
        channel.ChannelShutdownAsync += (_, _) =>
        {
            acks.Tracker.ChannelLost();
            return Task.CompletedTask;
        };

        using var abort = new CancellationTokenSource();
        var stopping = 0;
        var idle = new SemaphoreSlim(0);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var deliveryTag = delivery.DeliveryTag;
            acks.Tracker.Seen(deliveryTag);
            if (Volatile.Read(ref stopping) != 0)
            {
                // Delivered while shutting down: back to the queue for another worker.
                await acks.ReturnAsync(deliveryTag).ConfigureAwait(false);
                Metrics.CountRequeued();
                return;
            }

            Metrics.Begin();
            // The body's memory belongs to the client only until this handler returns.
            var body = delivery.Body.ToArray();
            var properties = delivery.BasicProperties;
            var redelivered = delivery.Redelivered;
            // PreferFairness: the global (first in, first out) queue of the thread pool, so that deliveries reach the
            // analysis slots about in their order and a group's tags are consecutive (one multiple acknowledgement);
            // Task.Run from a pool thread would use its local queue, last in first out.
            _ = Task.Factory.StartNew(async () =>
            {
                try
                {
                    await HandleAsync(acks, publisher, deliveryTag, redelivered, properties, body, () => Volatile.Read(ref stopping) == 0, abort.Token).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // Not expected (every failure of a job is an outcome): return the job rather than lose it, unless it
                    // was committed already (then it is acknowledged: returning it would settle it twice).
                    _log($"tarikh worker: unexpected error: {e.GetType().Name}: {e.Message}\ntarikh worker: خطأ غير متوقع: {e.Message}");
                    if (acks.Tracker.InFlight(deliveryTag))
                    {
                        await acks.ReturnAsync(deliveryTag).ConfigureAwait(false);
                        Metrics.CountRequeued();
                    }
                    else
                    {
                        await acks.FlushAsync().ConfigureAwait(false);
                    }
                }
                finally
                {
                    Metrics.End();
                    if (Volatile.Read(ref stopping) != 0)
                    {
                        idle.Release();
                    }
                }
            }, CancellationToken.None, TaskCreationOptions.PreferFairness, TaskScheduler.Default).Unwrap();
        };

        var tag = await channel.BasicConsumeAsync(topology.Queue, autoAck: false, consumer, stop).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop.
        }

        Volatile.Write(ref stopping, 1);
        try
        {
            await channel.BasicCancelAsync(tag).ConfigureAwait(false);
        }
        catch (Exception e) when (JobPublisher.IsBrokerAway(e))
        {
            // The broker is away: the channel is gone, and with it every unacknowledged job is back in the queue.
        }

        var deadline = DateTime.UtcNow + _options.Grace;
        while (Metrics.InFlight > 0 && DateTime.UtcNow < deadline)
        {
            await idle.WaitAsync(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
        }

        if (Metrics.InFlight > 0)
        {
            // Past the grace period: stop the analyses; their jobs go back to the queue.
            await abort.CancelAsync().ConfigureAwait(false);
            while (Metrics.InFlight > 0)
            {
                await idle.WaitAsync(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
            }
        }

        // Every handler flushed its own acknowledgements; this one finds none unless a flush failed half-way.
        await acks.FlushAsync().ConfigureAwait(false);
        try
        {
            // A quorum queue may drop settlements that arrive just before their channel closes (rabbitmq-server
            // issue 10327): the jobs would come back and be found stored. One round trip on the channel (its
            // acknowledgements are handled before it) and a short pause let the queue apply them first.
            await channel.QueueDeclarePassiveAsync(topology.Queue).ConfigureAwait(false);
            await Task.Delay(SettleBeforeClose).ConfigureAwait(false);
            await channel.CloseAsync().ConfigureAwait(false);
            await connection.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (JobPublisher.IsBrokerAway(e))
        {
            // Already closed by the broker.
        }
    }

    private async Task HandleAsync(Acknowledger acks, JobPublisher publisher, ulong deliveryTag, bool redelivered, IReadOnlyBasicProperties basicProperties, byte[] body, Func<bool> start, CancellationToken abort)
    {
        var headers = basicProperties.Headers;
        var attempts = (int)(JobPublisher.LongHeader(headers, QueueTopology.AttemptsHeader) ?? 0);
        var (job, badJob) = DocumentJob.Parse(body);
        JobOutcome outcome;
        if (job is null)
        {
            outcome = new JobOutcome(JobStatus.Rejected, null, badJob);
        }
        else
        {
            try
            {
                // A redelivery or a retry may have been stored already by a worker that died before acknowledging.
                // Committed: the delivery may be acknowledged (the first of its group to flush acknowledges them all).
                outcome = await _processor.ProcessAsync(job, redelivered || attempts > 0, start, () => acks.Tracker.Committed(deliveryTag), abort).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                await acks.ReturnAsync(deliveryTag).ConfigureAwait(false);
                Metrics.CountRequeued();
                return;
            }
        }

        var name = job?.Id ?? basicProperties.MessageId ?? "?";
        switch (outcome.Status)
        {
            case JobStatus.Stored or JobStatus.AlreadyStored:
                double? lag = JobPublisher.LongHeader(headers, JobPublisher.SubmittedHeader) is { } submitted
                    ? (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - submitted) / 1000.0
                    : null;
                await acks.AcknowledgeAsync(deliveryTag).ConfigureAwait(false);
                Metrics.CountDone(outcome, lag);
                return;

            case JobStatus.Returned:
                await acks.ReturnAsync(deliveryTag).ConfigureAwait(false);
                Metrics.CountRequeued();
                return;

            case JobStatus.StoreUnavailable:
                // The database is away: wait a little (this slot takes no new job meanwhile), then put the job
                // back unchanged; its tries are not used up by an outage.
                _log($"tarikh worker: {outcome.Error!.MessageEn} — job {name} returned to the queue\ntarikh worker: {outcome.Error.MessageAr} — أُعيدت المهمة {name} إلى الطابور");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), abort).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: requeue now.
                }

                await acks.ReturnAsync(deliveryTag).ConfigureAwait(false);
                Metrics.CountRequeued();
                return;

            default:
                attempts++;
                var error = outcome.Error ?? new InputError("unknown", "Unknown failure.", "فشل غير معروف.");
                var dead = outcome.Status == JobStatus.Rejected || attempts >= _options.MaxTries;
                var properties = JobPublisher.NewProperties(name);
                properties.Headers = new Dictionary<string, object?>(headers ?? new Dictionary<string, object?>())
                {
                    [QueueTopology.AttemptsHeader] = attempts,
                    [QueueTopology.ErrorCodeHeader] = error.Code,
                    [QueueTopology.ErrorHeader] = error.MessageEn,
                    [QueueTopology.ErrorArHeader] = error.MessageAr,
                    [QueueTopology.WorkerHeader] = Broker.ProcessName,
                };
                try
                {
                    // Publish (confirmed) the job with its error first, acknowledge the delivery second: a crash
                    // in between gives one extra copy of the job, never a lost one.
                    await publisher.PublishAsync(dead ? _options.Topology.DeadLetterQueue : _options.Topology.Queue, properties, body, abort).ConfigureAwait(false);
                }
                catch (Exception e) when (JobPublisher.IsBrokerAway(e) || e is OperationCanceledException)
                {
                    await acks.ReturnAsync(deliveryTag).ConfigureAwait(false);
                    Metrics.CountRequeued();
                    return;
                }

                await acks.AcknowledgeAsync(deliveryTag).ConfigureAwait(false);
                if (dead)
                {
                    Metrics.CountDeadLettered();
                    _log($"tarikh worker: dead-lettered [{error.Code}] {name} after {attempts} tries: {error.MessageEn}\ntarikh worker: نُقلت إلى طابور المهام الفاشلة [{error.Code}] {name} بعد {attempts} محاولات: {error.MessageAr}");
                }
                else
                {
                    Metrics.CountRetried();
                    _log($"tarikh worker: try {attempts} of {_options.MaxTries} failed [{error.Code}] {name}: {error.MessageEn}\ntarikh worker: فشلت المحاولة {attempts} من {_options.MaxTries} [{error.Code}] {name}: {error.MessageAr}");
                }

                return;
        }
    }

    /// <summary>
    /// Settles the deliveries of the worker's channel: a job done for good is marked in the <see cref="AckTracker"/> and
    /// acknowledged by the next flush, together with the other committed deliveries (one multiple acknowledgement for a run
    /// of consecutive tags); a job returned to the queue is settled at once, alone. When the channel is gone (broker
    /// restart) the broker has already returned its deliveries, and a settlement of them is ignored.
    /// </summary>
    private sealed class Acknowledger(IChannel channel, WorkerMetrics metrics)
    {
        private readonly SemaphoreSlim _flush = new(1, 1);

        public AckTracker Tracker { get; } = new();

        /// <summary>Marks the delivery done and sends every acknowledgement due.</summary>
        public Task AcknowledgeAsync(ulong tag)
        {
            Tracker.Committed(tag);
            return FlushAsync();
        }

        /// <summary>Returns the delivery to the queue (sent before the tracker may pass over it).</summary>
        public async Task ReturnAsync(ulong tag)
        {
            try
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true).ConfigureAwait(false);
            }
            catch (Exception e) when (JobPublisher.IsBrokerAway(e))
            {
                // The delivery died with its channel; the broker redelivers the job.
            }

            Tracker.Settled(tag);
        }

        /// <summary>Sends the acknowledgements of every delivery marked done and not yet acknowledged.</summary>
        public async Task FlushAsync()
        {
            await _flush.WaitAsync().ConfigureAwait(false);
            try
            {
                var singles = Tracker.Take(out var upTo, out var covered);
                try
                {
                    if (upTo > 0)
                    {
                        await channel.BasicAckAsync(upTo, multiple: true).ConfigureAwait(false);
                        metrics.CountAcknowledgement(covered);
                    }

                    foreach (var tag in singles)
                    {
                        await channel.BasicAckAsync(tag, multiple: false).ConfigureAwait(false);
                        metrics.CountAcknowledgement(1);
                    }
                }
                catch (Exception e) when (JobPublisher.IsBrokerAway(e))
                {
                    // The deliveries died with their channel; the broker redelivers the jobs, found stored (idempotent).
                }
            }
            finally
            {
                _flush.Release();
            }
        }
    }
}
