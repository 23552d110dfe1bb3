using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tarikh.Testing;

namespace Tarikh.Web.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class AnalyzeEndpointTests(ServerFixture server)
{
    private static readonly string Lenin = File.ReadAllText(SharedData.LeninArticlePath);

    private static void AssertSpansPointIntoText(JsonElement doc, string text)
    {
        foreach (var layer in (string[])["sentences", "noise", "timexes", "entities"])
        {
            foreach (var s in doc.GetProperty(layer).EnumerateArray())
            {
                var start = s.GetProperty("start").GetInt32();
                var end = s.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            }
        }
    }

    [Fact]
    public async Task Plain_text_comes_back_as_tarikh_1_json_with_the_text_and_exact_spans()
    {
        var r = await server.PostAsync("/api/analyze", Lenin, "text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("tarikh/1", doc.GetProperty("schema").GetString());
        var text = doc.GetProperty("text").GetString()!;
        Assert.Equal(Lenin.TrimStart('\uFEFF'), text);
        Assert.NotEmpty(doc.GetProperty("sentences").EnumerateArray());
        AssertSpansPointIntoText(doc, text);
    }

    [Fact]
    public async Task A_JSON_body_with_text_is_analyzed()
    {
        var body = JsonSerializer.Serialize(new { text = "وُلد رفاعة الطهطاوي في طهطا عام 1801.", reference_date = "2020-01-01" });
        var r = await server.PostAsync("/api/analyze", body, "application/json");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2020-01-01", doc.GetProperty("reference_date").GetString());
    }

    [Fact]
    public async Task HTML_is_reduced_to_its_readable_text()
    {
        var html = "<html><head><title>t</title><script>var x = 1;</script></head><body><h1>لينين</h1><p>وُلد في سيمبيرسك عام 1870.</p></body></html>";
        var r = await server.PostAsync("/api/analyze", html, "text/html");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        var text = doc.GetProperty("text").GetString()!;
        Assert.Equal("html", doc.GetProperty("source").GetProperty("format").GetString());
        Assert.Contains("وُلد في سيمبيرسك", text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", text, StringComparison.Ordinal);
        AssertSpansPointIntoText(doc, text);
    }

    [Fact]
    public async Task An_uploaded_file_is_decoded_and_analyzed()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("انتُخب الرئيس في دمشق عام 1920."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "article.txt");
        var r = await server.Client.PostAsync("/api/analyze", form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("article.txt", doc.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public async Task Every_registered_export_format_is_served()
    {
        var formats = JsonDocument.Parse(await server.Client.GetStringAsync("/api/formats")).RootElement;
        foreach (var f in formats.GetProperty("document").EnumerateArray())
        {
            var name = f.GetProperty("format").GetString()!;
            var r = await server.PostAsync("/api/analyze?format=" + name, "وُلد في دمشق عام 1860.", "text/plain");
            Assert.True(r.StatusCode == HttpStatusCode.OK, name + ": " + r.StatusCode);
            Assert.Equal(f.GetProperty("media_type").GetString(), r.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await r.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("", "text/plain", HttpStatusCode.BadRequest, "empty-body")]
    [InlineData("   \n ", "text/plain", HttpStatusCode.BadRequest, "empty")]
    [InlineData("{\"txt\": 1}", "application/json", HttpStatusCode.BadRequest, "missing-text")]
    [InlineData("{not json", "application/json", HttpStatusCode.BadRequest, "bad-json")]
    [InlineData("{\"text\": \"نص\", \"format\": \"pdf\"}", "application/json", HttpStatusCode.BadRequest, "bad-format")]
    [InlineData("{\"text\": \"نص\", \"reference_date\": \"أمس\"}", "application/json", HttpStatusCode.BadRequest, "bad-reference-date")]
    public async Task Bad_bodies_get_problem_details(string body, string contentType, HttpStatusCode status, string code) =>
        await ProblemAssert.IsProblem(await server.PostAsync("/api/analyze", body, contentType), status, code);

    [Fact]
    public async Task A_wrong_content_type_gets_415_problem_details() =>
        await ProblemAssert.IsProblem(await server.PostAsync("/api/analyze", "x", "image/png"), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task An_unknown_format_gets_problem_details() =>
        await ProblemAssert.IsProblem(await server.PostAsync("/api/analyze?format=docx", "نص", "text/plain"), HttpStatusCode.BadRequest, "unknown-format");

    // Both tests send "Expect: 100-continue", as a client uploading a large body should: the server answers
    // 413 before the body is sent (declared length) or stops reading it (chunked), and the client does not
    // race the closing connection with the rest of its body (a broken pipe instead of the 413).
    [Fact]
    public async Task A_body_over_the_size_limit_gets_413_problem_details()
    {
        var content = new StringContent(new string('ب', (int)ServerFixture.MaxRequestBytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = content };
        request.Headers.ExpectContinue = true;
        await ProblemAssert.IsProblem(await server.Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge, "too-large");
    }

    [Fact]
    public async Task A_chunked_body_over_the_size_limit_gets_413_too()
    {
        // Just over the limit, so that little is left unread when the server stops.
        var bytes = Encoding.UTF8.GetBytes(new string('ب', (int)(ServerFixture.MaxRequestBytes / 2) + 512));
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.ExpectContinue = true;
        var r = await server.Client.SendAsync(request);
        await ProblemAssert.IsProblem(r, HttpStatusCode.RequestEntityTooLarge, "too-large");
    }

    [Fact]
    public async Task Unknown_paths_get_404_problem_details() =>
        await ProblemAssert.IsProblem(await server.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
}
