using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Tarikh.Web.Api;

namespace Tarikh.Web;

/// <summary>A message for the person running the server, in English and Arabic.</summary>
/// <param name="En">English.</param>
/// <param name="Ar">Arabic.</param>
public sealed record ServerMessage(string En, string Ar);

/// <summary>What <see cref="WebSecurity.CheckBinding"/> says about the addresses the server is told to listen on.</summary>
/// <param name="Error">Why the server must not start (listening beyond loopback without an API key), or null.</param>
/// <param name="Warnings">What the user should know (listening on every interface).</param>
public sealed record BindingCheck(ServerMessage? Error, IReadOnlyList<ServerMessage> Warnings);

/// <summary>
/// Keeps a workbench server on a laptop safe from the websites its user visits and from its network:
/// a Host allow-list (DNS rebinding), an Origin check and a CSRF token on every state-changing request
/// (cross-site posts), an optional API key (required beyond loopback), security headers (a CSP without
/// inline script or style), per-client rate and global analysis concurrency limits. Every refusal is a
/// problem document with the reason in English and Arabic.
/// </summary>
public sealed class WebSecurity
{
    /// <summary>The header that carries the page's CSRF token.</summary>
    public const string CsrfHeader = "X-Tarikh-Csrf";

    /// <summary>The header that carries the API key (<c>Authorization: Bearer</c> works too).</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>
    /// The Content-Security-Policy of every response: scripts only from files of this server (no inline script,
    /// no eval), nothing from other origins, no framing. Styles may be inline because the bundled vis-timeline
    /// (standalone build) injects its stylesheet at run time; the page's own styles are all in app.css, and a
    /// style cannot run script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "::1", "[::1]"];

    private readonly TarikhWebOptions _options;
    private readonly HashSet<string>? _hosts; // null: any host
    private readonly HashSet<string> _origins;
    private readonly byte[]? _apiKey;

    /// <summary>Creates the policy for a server's options (a fresh CSRF token per server).</summary>
    public WebSecurity(TarikhWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        CsrfToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _apiKey = string.IsNullOrEmpty(options.ApiKey) ? null : Encoding.UTF8.GetBytes(options.ApiKey);
        _origins = new HashSet<string>(options.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        _hosts = AllowedHostSet(options);
    }

    /// <summary>The token the page sends in <see cref="CsrfHeader"/> with its state-changing requests.</summary>
    public string CsrfToken { get; }

    /// <summary>Checks the addresses: beyond loopback needs an API key; a wildcard address is warned about.</summary>
    public static BindingCheck CheckBinding(TarikhWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var warnings = new List<ServerMessage>();
        var beyondLoopback = new List<string>();
        foreach (var url in SplitUrls(options.Urls))
        {
            var host = HostOf(url);
            if (IsWildcard(host))
            {
                warnings.Add(new ServerMessage(
                    $"{url} listens on every network interface: anyone who can reach this machine can reach the server (the API key protects it).",
                    $"{url} يستمع على كل واجهات الشبكة: يستطيع كل من يصل إلى هذا الجهاز الوصول إلى الخادم (مفتاح الواجهة يحميه)."));
                beyondLoopback.Add(url);
            }
            else if (!IsLoopback(host))
            {
                beyondLoopback.Add(url);
            }
        }

        ServerMessage? error = null;
        if (beyondLoopback.Count > 0 && string.IsNullOrEmpty(options.ApiKey))
        {
            var list = string.Join(", ", beyondLoopback);
            error = new ServerMessage(
                $"Listening beyond loopback ({list}) needs an API key: pass --api-key KEY or set TARIKH_API_KEY, or listen on http://127.0.0.1.",
                $"الاستماع خارج العنوان المحلي ({list}) يتطلب مفتاحاً للواجهة: مرّر --api-key KEY أو اضبط TARIKH_API_KEY، أو استمع على http://127.0.0.1.");
        }

        return new BindingCheck(error, warnings);
    }

    /// <summary>Registers the rate and concurrency limiters.</summary>
    public static void AddServices(IServiceCollection services, TarikhWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => options.RequestsPerMinute > 0
                    ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.RequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("unlimited")),
                PartitionedRateLimiter.Create<HttpContext, string>(ctx => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                    ? RateLimitPartition.GetNoLimiter("reads")
                    : RateLimitPartition.GetConcurrencyLimiter("analyses", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = Math.Max(1, options.MaxConcurrentAnalyses),
                        QueueLimit = Math.Max(0, options.MaxQueuedRequests),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })));
            o.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await Problems.Of(StatusCodes.Status429TooManyRequests, "too-many-requests", "Too many requests",
                    "Too many requests from this client, or too many analyses waiting: try again in a moment.",
                    "طلبات كثيرة جداً من هذا العميل، أو تحليلات كثيرة في الانتظار: أعد المحاولة بعد قليل.").ExecuteAsync(http).ConfigureAwait(false);
            };
        });
    }

    /// <summary>Adds the headers, the rate limiter and the request checks to the application's pipeline.</summary>
    public void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (ctx, next) =>
        {
            var headers = ctx.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            var refusal = Check(ctx.Request);
            if (refusal is not null)
            {
                if (refusal.Value.Status == StatusCodes.Status401Unauthorized)
                {
                    headers.WWWAuthenticate = "Bearer realm=\"tarikh\"";
                }

                await Problems.Of(refusal.Value.Status, refusal.Value.Code, refusal.Value.Title, refusal.Value.En, refusal.Value.Ar).ExecuteAsync(ctx).ConfigureAwait(false);
                return;
            }

            await next(ctx).ConfigureAwait(false);
        });
        app.UseRateLimiter();
    }

    /// <summary>Why a request is refused, or null when it may proceed.</summary>
    internal (int Status, string Code, string Title, string En, string Ar)? Check(HttpRequest request)
    {
        var host = request.Host.Host;
        if (_hosts is not null && !_hosts.Contains(host))
        {
            return (StatusCodes.Status400BadRequest, "bad-host", "Host not allowed",
                $"This server does not answer to the host name '{host}' (allowed: {string.Join(", ", _hosts.Order(StringComparer.Ordinal))}; add one with --allowed-hosts).",
                $"لا يجيب هذا الخادم عن اسم المضيف «{host}» (المسموح: {string.Join("، ", _hosts.Order(StringComparer.Ordinal))}؛ أضف اسماً بالخيار --allowed-hosts).");
        }

        var keyOk = _apiKey is not null && HasKey(request);
        if (_apiKey is not null && !keyOk && (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)))
        {
            return (StatusCodes.Status401Unauthorized, "api-key", "API key required",
                $"This server needs its API key: send it in the {ApiKeyHeader} header or as Authorization: Bearer KEY.",
                $"يتطلب هذا الخادم مفتاح الواجهة: أرسله في الترويسة {ApiKeyHeader} أو في Authorization: Bearer KEY.");
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return null;
        }

        var origin = request.Headers.Origin.ToString();
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        var allowedOrigin = origin.Length > 0 && _origins.Contains(origin.TrimEnd('/'));
        var crossOrigin = origin.Length > 0
            ? !SameOrigin(origin, request) && !allowedOrigin
            : fetchSite is "cross-site" or "same-site";
        if (crossOrigin)
        {
            return (StatusCodes.Status403Forbidden, "cross-origin", "Cross-origin request refused",
                $"A page from another site ({(origin.Length > 0 ? origin : fetchSite)}) may not change this server's data.",
                $"لا يحق لصفحة من موقع آخر ({(origin.Length > 0 ? origin : fetchSite)}) تغيير بيانات هذا الخادم.");
        }

        // A browser (it says where the request comes from) must also show the page's token: only the page served here knows it.
        var fromBrowser = origin.Length > 0 || fetchSite.Length > 0 || request.Headers.Cookie.Count > 0 || request.Headers.Referer.Count > 0;
        // An origin the user allowed (--allowed-origins) is trusted like a script with the key: it cannot know the page's token.
        if (fromBrowser && !keyOk && !allowedOrigin && !FixedEquals(request.Headers[CsrfHeader].ToString(), CsrfToken))
        {
            return (StatusCodes.Status403Forbidden, "csrf", "Missing or wrong CSRF token",
                "A request from a browser must come from this server's own page (its CSRF token is missing or wrong): reload the page.",
                "يجب أن يأتي طلب المتصفح من صفحة هذا الخادم نفسها (رمز الحماية CSRF مفقود أو خاطئ): أعد تحميل الصفحة.");
        }

        return null;
    }

    private bool HasKey(HttpRequest request)
    {
        var given = request.Headers[ApiKeyHeader].ToString();
        if (given.Length == 0)
        {
            var auth = request.Headers.Authorization.ToString();
            if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                given = auth["Bearer ".Length..].Trim();
            }
        }

        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _apiKey);
    }

    private static bool FixedEquals(string given, string expected) =>
        given.Length == expected.Length && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), Encoding.ASCII.GetBytes(expected));

    private static bool SameOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var o))
        {
            return false; // includes the opaque origin "null"
        }

        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return o.Scheme.Equals(request.Scheme, StringComparison.OrdinalIgnoreCase)
            && o.Host.Equals(request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase) && o.Port == port;
    }

    private static HashSet<string>? AllowedHostSet(TarikhWebOptions options)
    {
        if (options.AllowedHosts.Contains("*"))
        {
            return null;
        }

        var hosts = new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase);
        foreach (var h in options.AllowedHosts)
        {
            hosts.Add(h.Trim());
        }

        foreach (var url in SplitUrls(options.Urls))
        {
            var host = HostOf(url);
            if (IsWildcard(host))
            {
                if (options.AllowedHosts.Count == 0)
                {
                    return null;
                }

                continue;
            }

            hosts.Add(host);
            hosts.Add(host.Trim('[', ']'));
        }

        return hosts;
    }

    private static IEnumerable<string> SplitUrls(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The host of a Kestrel URL (<c>http://*:5080</c> → <c>*</c>, <c>http://[::1]:5080</c> → <c>[::1]</c>).</summary>
    public static string HostOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var rest = url;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? rest : rest[..(close + 1)];
        }

        var colon = rest.LastIndexOf(':');
        return colon < 0 ? rest : rest[..colon];
    }

    private static bool IsWildcard(string host) => host is "*" or "+" or "0.0.0.0" or "[::]" or "::";

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
