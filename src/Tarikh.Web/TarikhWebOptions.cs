using Microsoft.Extensions.Logging;
using Tarikh.Storage;

namespace Tarikh.Web;

/// <summary>How the workbench server runs.</summary>
public sealed record TarikhWebOptions
{
    /// <summary>Where to listen (semicolon-separated). Port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

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
}
