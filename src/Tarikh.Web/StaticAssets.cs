using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace Tarikh.Web;

/// <summary>
/// The web page and its bundled libraries (font, timeline), embedded in this assembly so the server is
/// one self-contained program that works offline. Resource names are <c>wwwroot/…</c> paths.
/// </summary>
public static class StaticAssets
{
    private static readonly Assembly Self = typeof(StaticAssets).Assembly;
    private static readonly FrozenDictionary<string, string> ByPath = Self.GetManifestResourceNames()
        .Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal) || n.StartsWith("wwwroot\\", StringComparison.Ordinal))
        .ToFrozenDictionary(n => n["wwwroot/".Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal);

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The embedded paths (<c>index.html</c>, <c>lib/…</c>).</summary>
    public static IEnumerable<string> Paths => ByPath.Keys;

    /// <summary>The placeholder in index.html that receives the CSRF token.</summary>
    public const string CsrfPlaceholder = "{{csrf-token}}";

    /// <summary>Maps <c>/</c> and every embedded file; the page gets <paramref name="csrfToken"/> in its <c>tarikh-csrf</c> meta element.</summary>
    public static void Map(IEndpointRouteBuilder app, string csrfToken = "")
    {
        ArgumentNullException.ThrowIfNull(csrfToken);
        app.MapGet("/", (HttpContext ctx) => Serve(ctx, "index.html", csrfToken)).ExcludeFromDescription();
        app.MapGet("/{**path}", (HttpContext ctx, string path) => Serve(ctx, path, csrfToken)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext ctx, string path, string csrfToken)
    {
        if (!ByPath.TryGetValue(path, out var resource))
        {
            return Api.Problems.Of(StatusCodes.Status404NotFound, "not-found", "Not found", $"No page or file at /{path}.", $"لا توجد صفحة أو ملف في /{path}.");
        }

        if (!ContentTypes.TryGetContentType(path, out var type))
        {
            type = "application/octet-stream";
        }

        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "text/javascript")
        {
            type += "; charset=utf-8";
        }

        ctx.Response.Headers.CacheControl = path == "index.html" ? "no-cache" : "public, max-age=3600";
        ctx.Response.Headers.XContentTypeOptions = "nosniff";
        if (path == "index.html")
        {
            ctx.Response.Headers.CacheControl = "no-store";
            using var reader = new StreamReader(Self.GetManifestResourceStream(resource)!);
            return Results.Text(reader.ReadToEnd().Replace(CsrfPlaceholder, csrfToken, StringComparison.Ordinal), type);
        }

        return Results.Stream(Self.GetManifestResourceStream(resource)!, type);
    }
}
