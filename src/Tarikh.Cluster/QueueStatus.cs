using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using Tarikh.Core.Input;

namespace Tarikh.Cluster;

/// <summary>A job in the dead-letter queue and why it is there.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Tries">Failed tries recorded on it.</param>
/// <param name="Error">The last error (bilingual).</param>
/// <param name="Worker">The worker that recorded it, when known.</param>
public sealed record DeadLetter(string Id, int Tries, InputError Error, string? Worker);

/// <summary>The state of the queues.</summary>
/// <param name="Queued">Jobs waiting.</param>
/// <param name="InFlight">Jobs delivered and not yet acknowledged (from the management API; null when it is not reachable).</param>
/// <param name="Consumers">Workers' consumers attached to the queue.</param>
/// <param name="DeadLettered">Jobs in the dead-letter queue.</param>
/// <param name="DeadLetters">The first dead-lettered jobs with their errors.</param>
public sealed record QueueCounts(long Queued, long? InFlight, long Consumers, long DeadLettered, IReadOnlyList<DeadLetter> DeadLetters);

/// <summary>Reads the queues' counts and the dead-lettered jobs' errors without consuming anything.</summary>
public static class QueueStatus
{
    /// <summary>Reads the counts. <paramref name="managementUri"/>: the management API's base URL (in-flight count), or null to try <c>http://HOST:15672</c>.</summary>
    public static async Task<QueueCounts> ReadAsync(string brokerUri, QueueTopology topology, string? managementUri = null, int maxDeadLetters = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topology);
        await using var connection = await Broker.Factory(brokerUri).CreateConnectionAsync("tarikh-status " + Broker.ProcessName, cancellationToken).ConfigureAwait(false);
        long queued, consumers, dead;
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await topology.DeclareAsync(channel, cancellationToken).ConfigureAwait(false);
            var ok = await channel.QueueDeclarePassiveAsync(topology.Queue, cancellationToken).ConfigureAwait(false);
            queued = ok.MessageCount;
            consumers = ok.ConsumerCount;
            dead = (await channel.QueueDeclarePassiveAsync(topology.DeadLetterQueue, cancellationToken).ConfigureAwait(false)).MessageCount;
        }

        var letters = new List<DeadLetter>();
        if (dead > 0 && maxDeadLetters > 0)
        {
            // Peek: get without acknowledging, then close the channel, which returns every message to the queue.
            await using var peek = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            while (letters.Count < maxDeadLetters && await peek.BasicGetAsync(topology.DeadLetterQueue, autoAck: false, cancellationToken).ConfigureAwait(false) is { } got)
            {
                letters.Add(Read(got.BasicProperties, got.Body.Span));
            }

            await peek.CloseAsync(cancellationToken).ConfigureAwait(false);
        }

        var (_, inFlight) = await ManagementCountsAsync(brokerUri, topology, managementUri, cancellationToken).ConfigureAwait(false);
        return new QueueCounts(queued, inFlight, consumers, dead, letters);
    }

    /// <summary>Reads a dead-lettered job's id and error from its headers (a worker's, or the broker's <c>x-death</c> when the delivery limit was reached).</summary>
    public static DeadLetter Read(IReadOnlyBasicProperties properties, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var headers = properties.Headers;
        var id = properties.MessageId ?? DocumentJob.Parse(body).Job?.Id ?? "?";
        var tries = (int)(JobPublisher.LongHeader(headers, QueueTopology.AttemptsHeader) ?? 0);
        var code = JobPublisher.StringHeader(headers, QueueTopology.ErrorCodeHeader);
        if (code is not null)
        {
            return new DeadLetter(id, tries, new InputError(code,
                JobPublisher.StringHeader(headers, QueueTopology.ErrorHeader) ?? string.Empty,
                JobPublisher.StringHeader(headers, QueueTopology.ErrorArHeader) ?? string.Empty),
                JobPublisher.StringHeader(headers, QueueTopology.WorkerHeader));
        }

        return new DeadLetter(id, tries, new InputError("delivery-limit",
            $"Delivered {QueueTopology.DeliveryLimit} times without being acknowledged: the worker stopped or was killed on it each time (the broker dead-lettered it).",
            $"سُلّمت {QueueTopology.DeliveryLimit} مرات دون إقرار: توقف العامل أو قُتل أثناء معالجتها في كل مرة (نقلها الوسيط إلى طابور المهام الفاشلة)."), null);
    }

    private static async Task<(long? Ready, long? Unacked)> ManagementCountsAsync(string brokerUri, QueueTopology topology, string? managementUri, CancellationToken ct)
    {
        var amqp = new Uri(brokerUri);
        var baseUri = managementUri is { Length: > 0 } m ? new Uri(m.TrimEnd('/') + "/") : new Uri($"http://{amqp.Host}:15672/");
        var vhost = amqp.AbsolutePath.Trim('/') is { Length: > 0 } v ? Uri.UnescapeDataString(v) : "/";
        var user = "guest";
        var password = "guest";
        if (amqp.UserInfo.Length > 0)
        {
            var parts = amqp.UserInfo.Split(':', 2);
            user = Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));
        try
        {
            // The management API's counts lag a few seconds behind (statistics are collected every 5 s).
            using var response = await http.GetAsync($"api/queues/{Uri.EscapeDataString(vhost)}/{Uri.EscapeDataString(topology.Queue)}", ct).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return (null, null);
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false));
            var root = json.RootElement;
            long? Get(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : null;
            return (Get("messages_ready"), Get("messages_unacknowledged"));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (null, null);
        }
    }
}
