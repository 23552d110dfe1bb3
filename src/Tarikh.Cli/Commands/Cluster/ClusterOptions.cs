using System.CommandLine;
using Tarikh.Cluster;

namespace Tarikh.Cli.Commands.Cluster;

/// <summary>The options shared by <c>queue submit</c>, <c>queue status</c> and <c>worker</c>, and their messages.</summary>
internal static class ClusterOptions
{
    /// <summary>Exit code when the broker cannot be reached.</summary>
    public const int BrokerError = 6;

    public static Option<string?> Broker() => new("--broker")
    {
        Description = "RabbitMQ AMQP URI, amqp://user:pass@host:5672/ (env TARIKH_BROKER) / عنوان وسيط الرسائل RabbitMQ",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TARIKH_BROKER") is { Length: > 0 } b ? b : null,
    };

    public static Option<string> Queue() => new("--queue")
    {
        Description = $"Queue name (default {QueueTopology.DefaultQueue}; dead letters in <queue>.dead) / اسم الطابور",
        DefaultValueFactory = _ => QueueTopology.DefaultQueue,
    };

    /// <summary>Checks the broker URI; reports a usage error and returns null when it is missing or not AMQP.</summary>
    public static string? CheckBroker(CliConsole console, string? broker)
    {
        if (Tarikh.Cluster.Broker.IsAmqpUri(broker))
        {
            return broker;
        }

        CliErrors.Usage(console,
            broker is null ? "--broker amqp://HOST:5672/ is required (or set TARIKH_BROKER)." : $"--broker must be an amqp:// URI, got '{broker}'.",
            broker is null ? "الخيار --broker amqp://HOST:5672/ مطلوب (أو عيّن TARIKH_BROKER)." : $"يجب أن يكون --broker عنواناً يبدأ بـ amqp://، والقيمة المعطاة '{broker}'.");
        return null;
    }

    /// <summary>Reports that the broker cannot be reached.</summary>
    public static int BrokerUnavailable(CliConsole console, string broker, Exception e)
    {
        var where = Redact(broker);
        console.Error.WriteLine($"tarikh: error [broker] cannot reach RabbitMQ at {where}: {e.Message}");
        console.Error.WriteLine($"tarikh: خطأ [broker] تعذّر الوصول إلى RabbitMQ في {where}: {e.Message}");
        return BrokerError;
    }

    /// <summary>The URI without its password, for messages.</summary>
    public static string Redact(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var u) && u.UserInfo.Contains(':', StringComparison.Ordinal)
            ? uri.Replace(u.UserInfo, u.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : uri;

    /// <summary>True for the exceptions that mean the broker is not reachable.</summary>
    public static bool IsBrokerFailure(Exception e) => JobPublisher.IsBrokerAway(e) || e is RabbitMQ.Client.Exceptions.RabbitMQClientException;
}
