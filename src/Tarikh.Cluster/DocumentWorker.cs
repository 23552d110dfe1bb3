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
        // Every prefetched delivery is handed over at once: the processor analyzes Concurrency of them at a time and the
        // others wait for a slot or for their group's commit.
        var prefetch = (ushort)Math.Clamp(Math.Max(_options.Prefetch, _options.Concurrency), 1, ushort.MaxValue);
        var factory = Broker.Factory(_brokerUri, prefetch);
        await using var connection = await factory.CreateConnectionAsync("tarikh-worker " + Broker.ProcessName, stop).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stop).ConfigureAwait(false);
        await topology.DeclareAsync(channel, stop).ConfigureAwait(false);
        await channel.BasicQosAsync(0, prefetch, global: false, stop).ConfigureAwait(false);

        using var abort = new CancellationTokenSource();
        var stopping = 0;
        var idle = new SemaphoreSlim(0);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            if (Volatile.Read(ref stopping) != 0)
            {
                // Delivered while shutting down: back to the queue for another worker.
                await SettleAsync(channel, delivery.DeliveryTag, ack: false).ConfigureAwait(false);
                Metrics.CountRequeued();
                return;
            }

            Metrics.Begin();
            try
            {
                await HandleAsync(channel, publisher, delivery, () => Volatile.Read(ref stopping) == 0, abort.Token).ConfigureAwait(false);
            }
            finally
            {
                Metrics.End();
                if (Volatile.Read(ref stopping) != 0)
                {
                    idle.Release();
                }
            }
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

    private async Task HandleAsync(IChannel channel, JobPublisher publisher, BasicDeliverEventArgs delivery, Func<bool> start, CancellationToken abort)
    {
        var headers = delivery.BasicProperties.Headers;
        var attempts = (int)(JobPublisher.LongHeader(headers, QueueTopology.AttemptsHeader) ?? 0);
        var (job, badJob) = DocumentJob.Parse(delivery.Body.Span);
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
                outcome = await _processor.ProcessAsync(job, delivery.Redelivered || attempts > 0, start, abort).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                await SettleAsync(channel, delivery.DeliveryTag, ack: false).ConfigureAwait(false);
                Metrics.CountRequeued();
                return;
            }
        }

        var name = job?.Id ?? delivery.BasicProperties.MessageId ?? "?";
        switch (outcome.Status)
        {
            case JobStatus.Stored or JobStatus.AlreadyStored:
                double? lag = JobPublisher.LongHeader(headers, JobPublisher.SubmittedHeader) is { } submitted
                    ? (DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - submitted) / 1000.0
                    : null;
                await SettleAsync(channel, delivery.DeliveryTag, ack: true).ConfigureAwait(false);
                Metrics.CountDone(outcome, lag);
                return;

            case JobStatus.Returned:
                await SettleAsync(channel, delivery.DeliveryTag, ack: false).ConfigureAwait(false);
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

                await SettleAsync(channel, delivery.DeliveryTag, ack: false).ConfigureAwait(false);
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
                    await publisher.PublishAsync(dead ? _options.Topology.DeadLetterQueue : _options.Topology.Queue, properties, delivery.Body, abort).ConfigureAwait(false);
                }
                catch (Exception e) when (JobPublisher.IsBrokerAway(e) || e is OperationCanceledException)
                {
                    await SettleAsync(channel, delivery.DeliveryTag, ack: false).ConfigureAwait(false);
                    Metrics.CountRequeued();
                    return;
                }

                await SettleAsync(channel, delivery.DeliveryTag, ack: true).ConfigureAwait(false);
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

    /// <summary>Acknowledges or returns a delivery. When the channel is gone (broker restart) the broker has already returned it.</summary>
    private static async Task SettleAsync(IChannel channel, ulong tag, bool ack)
    {
        try
        {
            if (ack)
            {
                await channel.BasicAckAsync(tag, multiple: false).ConfigureAwait(false);
            }
            else
            {
                await channel.BasicNackAsync(tag, multiple: false, requeue: true).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (JobPublisher.IsBrokerAway(e))
        {
            // The delivery died with its channel; the broker redelivers the job (stored once: idempotent).
        }
    }
}
