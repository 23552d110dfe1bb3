using System.Globalization;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Tarikh.Cluster;

/// <summary>
/// Publishes jobs to the queue with publisher confirms: a publish returns only once the broker has the
/// job on disk (quorum queue: on a majority of its nodes). When the broker goes away, the connection
/// recovers by itself and the publish is tried again until <see cref="RetryFor"/> has passed, so a broker
/// restart in the middle of a batch loses nothing (a job published twice is stored once: storage is
/// idempotent on the text's SHA-256). Thread-safe.
/// </summary>
public sealed class JobPublisher : IAsyncDisposable
{
    /// <summary>Header: when the job was submitted (Unix milliseconds), for the queue lag metric.</summary>
    public const string SubmittedHeader = "x-tarikh-submitted-ms";

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private JobPublisher(IConnection connection, IChannel channel, QueueTopology topology)
    {
        _connection = connection;
        _channel = channel;
        Topology = topology;
    }

    /// <summary>The queues published to.</summary>
    public QueueTopology Topology { get; }

    /// <summary>How long a publish keeps trying while the broker is unreachable (default 2 minutes).</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Connects, opens a confirming channel and declares the queues.</summary>
    public static async Task<JobPublisher> OpenAsync(string brokerUri, QueueTopology topology, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var connection = await Broker.Factory(brokerUri).CreateConnectionAsync("tarikh-publisher " + Broker.ProcessName, cancellationToken).ConfigureAwait(false);
        try
        {
            var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken).ConfigureAwait(false);
            await topology.DeclareAsync(channel, cancellationToken).ConfigureAwait(false);
            return new JobPublisher(connection, channel, topology);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Publishes a new job and waits for the broker's confirm.</summary>
    public Task PublishAsync(DocumentJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var properties = NewProperties(job.Id);
        properties.Headers = new Dictionary<string, object?>
        {
            [SubmittedHeader] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            [QueueTopology.AttemptsHeader] = 0,
        };
        return PublishAsync(Topology.Queue, properties, job.ToJson(), cancellationToken);
    }

    /// <summary>Publishes many jobs, up to <paramref name="window"/> awaiting their confirm at once; <paramref name="onConfirmed"/> is called after each confirm.</summary>
    public async Task PublishManyAsync(IEnumerable<DocumentJob> jobs, Action<DocumentJob>? onConfirmed = null, int window = 64, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        using var gate = new SemaphoreSlim(window);
        var pending = new List<Task>();
        foreach (var job in jobs)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            pending.Add(Task.Run(async () =>
            {
                try
                {
                    await PublishAsync(job, cancellationToken).ConfigureAwait(false);
                    onConfirmed?.Invoke(job);
                }
                finally
                {
                    gate.Release();
                }
            }, cancellationToken));
            pending.RemoveAll(t => t.IsCompletedSuccessfully);
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    /// <summary>Publishes a body with properties to a queue (default exchange) and waits for the confirm, retrying while the broker is away.</summary>
    public async Task PublishAsync(string queue, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var deadline = DateTime.UtcNow + RetryFor;
        var delay = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                await _channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (IsBrokerAway(e) && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            {
                // The broker closed the connection or refused the message (restart, failover, alarm):
                // wait for the automatic recovery and publish again.
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 3000));
            }
        }
    }

    /// <summary>Properties of a persistent JSON job message.</summary>
    public static BasicProperties NewProperties(string messageId) => new()
    {
        Persistent = true,
        ContentType = "application/json",
        MessageId = messageId,
        Timestamp = new AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
    };

    /// <summary>True for the failures that mean "the broker is (briefly) not there": try again later.</summary>
    public static bool IsBrokerAway(Exception e) => e is AlreadyClosedException or OperationInterruptedException or BrokerUnreachableException
        or PublishException or System.Net.Sockets.SocketException or IOException or TimeoutException;

    /// <summary>Reads an integer header written by Tarikh (the broker returns numbers as 32- or 64-bit integers).</summary>
    public static long? LongHeader(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var v) ? v switch
        {
            int i => i,
            long l => l,
            byte[] b when long.TryParse(System.Text.Encoding.UTF8.GetString(b), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => p,
            _ => null,
        } : null;

    /// <summary>Reads a string header (the broker returns strings as UTF-8 bytes).</summary>
    public static string? StringHeader(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var v) ? v switch
        {
            byte[] b => System.Text.Encoding.UTF8.GetString(b),
            string s => s,
            null => null,
            _ => v.ToString(),
        } : null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _channel.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (IsBrokerAway(e))
        {
            // Closing a channel of a broker that went away: nothing left to close.
        }

        await _channel.DisposeAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
