using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Tarikh.Web.Tests.Api;

/// <summary>What a website the user visits, or a machine on the network, must not be able to do to a workbench server.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class SecurityTests(ServerFixture server)
{
    private const string Text = "سافر رفاعة الطهطاوي إلى باريس سنة 1826، وهذه جملة لاختبار الحماية.";

    private async Task<HttpResponseMessage> Send(HttpMethod method, string url, Action<HttpRequestMessage> headers, string? body = Text, string contentType = "text/plain")
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
        }

        headers(request);
        return await server.Client.SendAsync(request);
    }

    private string OwnOrigin => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    private async Task<string> PageToken()
    {
        var page = await server.Client.GetStringAsync("/");
        return CsrfMeta().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("<meta name=\"tarikh-csrf\" content=\"([0-9A-F]{64})\">")]
    private static partial Regex CsrfMeta();

    [Fact]
    public async Task A_cross_site_text_plain_post_is_refused_and_stores_nothing()
    {
        var before = await server.Client.GetStringAsync("/api/health");
        var r = await Send(HttpMethod.Post, "/api/documents", m => m.Headers.Add("Origin", "https://evil.example"), "كتب الزائر الخبيث هذه الجملة سنة 2024 ليخزنها في مكتبة غيره.");
        await ProblemAssert.IsProblem(r, HttpStatusCode.Forbidden, "cross-origin");
        Assert.Equal(before, await server.Client.GetStringAsync("/api/health"));
    }

    [Fact]
    public async Task A_cross_site_post_without_origin_but_with_fetch_metadata_is_refused()
    {
        var r = await Send(HttpMethod.Post, "/api/analyze", m => m.Headers.Add("Sec-Fetch-Site", "cross-site"));
        await ProblemAssert.IsProblem(r, HttpStatusCode.Forbidden, "cross-origin");
    }

    [Fact]
    public async Task An_opaque_null_origin_is_refused()
    {
        var r = await Send(HttpMethod.Post, "/api/analyze", m => m.Headers.Add("Origin", "null"));
        await ProblemAssert.IsProblem(r, HttpStatusCode.Forbidden, "cross-origin");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("192.168.1.20")]
    public async Task A_rebinding_host_name_is_refused_even_for_reads(string host)
    {
        var r = await Send(HttpMethod.Get, "/api/health", m => m.Headers.Host = host, body: null);
        await ProblemAssert.IsProblem(r, HttpStatusCode.BadRequest, "bad-host");
        var page = await Send(HttpMethod.Get, "/", m => m.Headers.Host = host, body: null);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Loopback_host_names_are_answered(string host)
    {
        var r = await Send(HttpMethod.Get, "/api/health", m => m.Headers.Host = host + ":" + server.BaseAddress.Port, body: null);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task A_same_origin_browser_post_needs_the_page_token()
    {
        var without = await Send(HttpMethod.Post, "/api/analyze", m => m.Headers.Add("Origin", OwnOrigin));
        await ProblemAssert.IsProblem(without, HttpStatusCode.Forbidden, "csrf");

        var wrong = await Send(HttpMethod.Post, "/api/analyze", m =>
        {
            m.Headers.Add("Origin", OwnOrigin);
            m.Headers.Add("X-Tarikh-Csrf", new string('A', 64));
        });
        await ProblemAssert.IsProblem(wrong, HttpStatusCode.Forbidden, "csrf");

        var token = await PageToken();
        var with = await Send(HttpMethod.Post, "/api/analyze", m =>
        {
            m.Headers.Add("Origin", OwnOrigin);
            m.Headers.Add("Sec-Fetch-Site", "same-origin");
            m.Headers.Add("X-Tarikh-Csrf", token);
        });
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Fact]
    public async Task An_allowed_origin_may_post_and_another_may_not()
    {
        foreach (var (origin, expected) in new[] { (ServerFixture.PartnerOrigin, HttpStatusCode.OK), ("https://evil.example", HttpStatusCode.Forbidden) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = new StringContent("توفي أحمد شوقي في القاهرة سنة 1932.", Encoding.UTF8, "text/plain") };
            request.Headers.Add("Origin", origin);
            Assert.Equal(expected, (await server.Client.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task A_client_that_is_no_browser_posts_without_a_token()
    {
        var r = await Send(HttpMethod.Post, "/api/analyze", _ => { });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/health")]
    [InlineData("/app.js")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var r = await server.Client.GetAsync(path);
        var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scriptSrc);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_style_of_its_own()
    {
        var page = await server.Client.GetStringAsync("/");
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", page);
        Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("\\sstyle=", page);
        Assert.DoesNotMatch("\\son[a-z]+=", page);
    }

    [Fact]
    public async Task A_method_the_route_does_not_allow_is_a_problem_document_in_both_languages()
    {
        var r = await Send(HttpMethod.Put, "/api/documents", _ => { });
        var json = await ProblemAssert.IsProblem(r, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        Assert.Contains("PUT", json.GetProperty("detail_ar").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_html_is_refused_quickly_with_a_problem_document()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 60_000)) + "نص</body></html>";
        var r = await Send(HttpMethod.Post, "/api/analyze", _ => { }, html, "text/html");
        await ProblemAssert.IsProblem(r, HttpStatusCode.BadRequest, "too-deep");
    }
}

/// <summary>A server with an API key.</summary>
public sealed class KeyedServerFixture : ServerFixture
{
    public const string Key = "s3cret-key-for-tests";

    protected override TarikhWebOptions Configure(TarikhWebOptions options) => options with { ApiKey = Key };
}

/// <summary>A server with a small rate limit.</summary>
public sealed class RateLimitedServerFixture : ServerFixture
{
    protected override TarikhWebOptions Configure(TarikhWebOptions options) => options with { RequestsPerMinute = 20 };
}

public sealed class RateLimitTests(RateLimitedServerFixture server) : IClassFixture<RateLimitedServerFixture>
{
    [Fact]
    public async Task A_client_over_its_rate_gets_429_problem_documents()
    {
        HttpResponseMessage? last = null;
        for (var i = 0; i < 40 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await server.Client.GetAsync("/app.css");
        }

        await ProblemAssert.IsProblem(last!, HttpStatusCode.TooManyRequests, "too-many-requests");
    }
}

public sealed class ApiKeyTests(KeyedServerFixture server) : IClassFixture<KeyedServerFixture>
{
    [Fact]
    public async Task Without_the_key_the_api_answers_401_but_the_page_loads()
    {
        var r = await server.Client.GetAsync("/api/health");
        await ProblemAssert.IsProblem(r, HttpStatusCode.Unauthorized, "api-key");
        Assert.Contains("Bearer", r.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_key_in_either_header_is_accepted_and_a_wrong_one_is_not()
    {
        foreach (var (name, value, expected) in new[]
        {
            ("X-Api-Key", KeyedServerFixture.Key, HttpStatusCode.OK),
            ("Authorization", "Bearer " + KeyedServerFixture.Key, HttpStatusCode.OK),
            ("X-Api-Key", "wrong", HttpStatusCode.Unauthorized),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
            request.Headers.TryAddWithoutValidation(name, value);
            Assert.Equal(expected, (await server.Client.SendAsync(request)).StatusCode);
        }
    }
}

public sealed class BindingCheckTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void Loopback_needs_no_key_and_gets_no_warning(string urls)
    {
        var check = WebSecurity.CheckBinding(new TarikhWebOptions { Urls = urls });
        Assert.Null(check.Error);
        Assert.Empty(check.Warnings);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://10.0.0.5:5080")]
    public void Beyond_loopback_without_a_key_is_an_error_in_both_languages(string urls)
    {
        var check = WebSecurity.CheckBinding(new TarikhWebOptions { Urls = urls });
        Assert.NotNull(check.Error);
        Assert.Contains("--api-key", check.Error.En, StringComparison.Ordinal);
        Assert.Contains("مفتاح", check.Error.Ar, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => TarikhWebApp.Build(new TarikhWebOptions { Urls = urls }, null!));
    }

    [Fact]
    public void Every_interface_with_a_key_starts_with_a_warning()
    {
        var check = WebSecurity.CheckBinding(new TarikhWebOptions { Urls = "http://0.0.0.0:5080", ApiKey = "k" });
        Assert.Null(check.Error);
        Assert.Contains(check.Warnings, w => w.En.Contains("every network interface", StringComparison.Ordinal));
    }
}
