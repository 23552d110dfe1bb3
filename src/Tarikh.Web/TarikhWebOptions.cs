using Microsoft.Extensions.Logging;
using Tarikh.Storage;

namespace Tarikh.Web;

/// <summary>How the workbench server runs.</summary>
public sealed record TarikhWebOptions
{
    /// <summary>Where to listen (semicolon-separated). Port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>
    /// A knowledge base (a file made by <c>tarikh kb import</c>, or a PostgreSQL connection string) every analysis links
    /// its entities to and verifies its claims against; null for none.
    /// </summary>
    public string? KnowledgeBase { get; init; }

    /// <summary>The library (store + index).</summary>
    public LibraryOptions Library { get; init; } = new();

    /// <summary>Largest request body accepted, in bytes (413 beyond).</summary>
    public long MaxRequestBytes { get; init; } = 4L << 20;

    /// <summary>Longest time a request may take (503 with a problem document beyond).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>ASP.NET Core environment name; Production never shows exception details.</summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>Least severe log level written to the console.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Warning;

    /// <summary>
    /// When set, every <c>/api</c> request must carry it (<c>X-Api-Key</c> or <c>Authorization: Bearer …</c>).
    /// Required when listening beyond loopback. The CLI reads it from <c>--api-key</c> or <c>TARIKH_API_KEY</c>.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// Host names the server answers to (the <c>Host</c> header; a defence against DNS rebinding). Empty: the
    /// loopback names plus the host names of <see cref="Urls"/>; a wildcard address (<c>0.0.0.0</c>, <c>*</c>) then
    /// admits any host, which the required API key protects. <c>*</c> admits any host.
    /// </summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Origins (<c>https://example.org</c>) besides the server's own allowed to send state-changing requests from a browser.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>Requests per minute a single client address may make (429 beyond); 0 lifts the limit.</summary>
    public int RequestsPerMinute { get; init; } = 6000;

    /// <summary>Analyses (POST requests) run at the same time; more wait in a queue of <see cref="MaxQueuedRequests"/>.</summary>
    public int MaxConcurrentAnalyses { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>Analyses that may wait for a slot (429 beyond).</summary>
    public int MaxQueuedRequests { get; init; } = 256;
}
