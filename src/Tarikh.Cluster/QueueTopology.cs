using RabbitMQ.Client;

namespace Tarikh.Cluster;

/// <summary>
/// The queues of a Tarikh cluster: a durable quorum queue of document jobs and its dead-letter queue.
/// Every client (submitter, worker, status) declares them with the same arguments, so whichever starts
/// first creates them. The broker dead-letters on its own a job delivered <see cref="DeliveryLimit"/>
/// times without an acknowledgement (a document that kills every worker that takes it); a job that fails
/// with an error is dead-lettered by the worker after its tries, with the error in its headers.
/// </summary>
/// <param name="Queue">The job queue's name; the dead-letter queue is <c>&lt;Queue&gt;.dead</c>.</param>
public sealed record QueueTopology(string Queue = QueueTopology.DefaultQueue)
{
    /// <summary>The default queue name.</summary>
    public const string DefaultQueue = "tarikh.documents";

    /// <summary>Deliveries without acknowledgement after which the broker dead-letters a job (quorum queue x-delivery-limit).</summary>
    public const int DeliveryLimit = 10;

    /// <summary>Header: how many times a job has failed so far (0 on a fresh job).</summary>
    public const string AttemptsHeader = "x-tarikh-attempts";

    /// <summary>Header: the code of the last error.</summary>
    public const string ErrorCodeHeader = "x-tarikh-error-code";

    /// <summary>Header: the last error, in English.</summary>
    public const string ErrorHeader = "x-tarikh-error";

    /// <summary>Header: the last error, in Arabic.</summary>
    public const string ErrorArHeader = "x-tarikh-error-ar";

    /// <summary>Header: the worker (host/pid) that recorded the last error.</summary>
    public const string WorkerHeader = "x-tarikh-worker";

    /// <summary>The dead-letter queue's name.</summary>
    public string DeadLetterQueue => Queue + ".dead";

    /// <summary>Declares both queues (idempotent when the arguments match).</summary>
    public async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await channel.QueueDeclareAsync(DeadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-delivery-limit"] = DeliveryLimit,
                ["x-dead-letter-exchange"] = string.Empty,
                ["x-dead-letter-routing-key"] = DeadLetterQueue,
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Opens connections to the broker from an AMQP URI.</summary>
public static class Broker
{
    /// <summary>A connection factory for <paramref name="uri"/> (<c>amqp://user:pass@host:port/vhost</c>) with automatic recovery.</summary>
    /// <param name="uri">The broker's AMQP URI.</param>
    /// <param name="dispatchConcurrency">How many deliveries the consumer handles at once.</param>
    public static ConnectionFactory Factory(string uri, ushort dispatchConcurrency = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        return new ConnectionFactory
        {
            Uri = new Uri(uri),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            ConsumerDispatchConcurrency = dispatchConcurrency,
            RequestedHeartbeat = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>True when the URI looks like an AMQP URI.</summary>
    public static bool IsAmqpUri(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var u) && (u.Scheme == "amqp" || u.Scheme == "amqps");

    /// <summary>A short name of this process for headers and logs: <c>host/pid</c>.</summary>
    public static string ProcessName => $"{Environment.MachineName}/{Environment.ProcessId}";
}
