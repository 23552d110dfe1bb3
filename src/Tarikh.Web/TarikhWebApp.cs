using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tarikh.Core.Pipeline;
using Tarikh.Storage;
using Tarikh.Web.Api;

namespace Tarikh.Web;

/// <summary>
/// The workbench server: the HTTP API (<c>/api/…</c>, OpenAPI at <c>/openapi/v1.json</c>) and the web
/// page, in one process over one library. Errors are RFC 7807 problem documents; exception details
/// never leave the server.
/// </summary>
public static class TarikhWebApp
{
    /// <summary>Opens the library and builds the application (not started).</summary>
    public static async Task<WebApplication> CreateAsync(TarikhWebOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var library = await TarikhLibrary.OpenAsync(options.Library, cancellationToken).ConfigureAwait(false);
        try
        {
            return Build(options, library);
        }
        catch
        {
            await library.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Builds the application over an open library, which the application then owns and disposes.</summary>
    public static WebApplication Build(TarikhWebOptions options, TarikhLibrary library)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (WebSecurity.CheckBinding(options).Error is { } bindingError)
        {
            throw new InvalidOperationException(bindingError.En);
        }

        ArgumentNullException.ThrowIfNull(library);

        var security = new WebSecurity(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.EnvironmentName,
            ApplicationName = typeof(TarikhWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        // A failed start (a busy port) is thrown to the caller, which reports it; the host's own log line would be a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        builder.Services.AddSingleton(new LibraryOwner(library));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<LibraryOwner>().Library);
        if (options.KnowledgeBase is { } kbPath)
        {
            // The container owns the store and disposes it with the application.
            builder.Services.AddSingleton(_ => Tarikh.Storage.Knowledge.KnowledgeStore.Open(kbPath));
            builder.Services.AddSingleton(sp => Tarikh.Core.Knowledge.KnowledgePipeline.WithKnowledge(
                TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()), sp.GetRequiredService<Tarikh.Storage.Knowledge.IKnowledgeStore>()));
        }
        else
        {
            builder.Services.AddSingleton(_ => TarikhPipeline.CreateDefault(TarikhResources.LoadDefault()));
        }
        builder.Services.AddSingleton(security);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.AddArabic);
        WebSecurity.AddServices(builder.Services, options);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = async ctx =>
            {
                var problem = Problems.Of(StatusCodes.Status503ServiceUnavailable, "timeout", "Request timed out",
                    $"The request took longer than the limit of {options.RequestTimeout.TotalSeconds:0.#} s.",
                    $"استغرق الطلب أكثر من الحد المسموح ({options.RequestTimeout.TotalSeconds:0.#} ثانية).");
                await problem.ExecuteAsync(ctx).ConfigureAwait(false);
            },
        });

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        security.Use(app);
        app.UseRequestTimeouts();
        app.MapOpenApi();
        Endpoints.Map(app, options);
        StaticAssets.Map(app, security.CsrfToken);
        return app;
    }

    /// <summary>Runs the server until <paramref name="cancellationToken"/> fires or the process is stopped.</summary>
    public static async Task RunAsync(TarikhWebOptions options, CancellationToken cancellationToken = default)
    {
        await using var app = await CreateAsync(options, cancellationToken).ConfigureAwait(false);
        await app.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The base address the started application listens on (first URL).</summary>
    public static Uri BaseAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app.Urls.First());
    }

    /// <summary>Owns the library: the container disposes it with the application.</summary>
    private sealed class LibraryOwner(TarikhLibrary library) : IAsyncDisposable
    {
        public TarikhLibrary Library { get; } = library;

        public ValueTask DisposeAsync() => Library.DisposeAsync();
    }
}
