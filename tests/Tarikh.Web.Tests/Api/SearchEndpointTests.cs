using System.Net;
using System.Text.Json;

namespace Tarikh.Web.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class SearchEndpointTests(ServerFixture server)
{
    private async Task<JsonElement> Search(string query)
    {
        var r = await server.Client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    private static string Q(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Words_are_found_in_all_their_forms_with_highlighted_snippets()
    {
        var r = await Search("q=" + Q("رئيس"));
        var hit = Assert.Single(r.GetProperty("hits").EnumerateArray());
        Assert.Equal("انتخاب الرئيس", hit.GetProperty("title").GetString());
        Assert.Contains(hit.GetProperty("snippets").EnumerateArray(), s => s.GetString()!.Contains("<mark>لرئيس</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filters_by_date_hijri_date_person_place_type_and_flag()
    {
        Assert.Equal(server.DamascusId, (await Search("from=1860&to=1870")).GetProperty("hits")[0].GetProperty("id").GetInt64());
        Assert.Equal(1, (await Search("from=1276h&to=1277h")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("person=" + Q("فؤاد باشا"))).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("place=" + Q("دمشق") + "&type=travel")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Search("flag=test-rule")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Search("type=birth&flag=test-rule")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Results_carry_facets_and_pages()
    {
        var r = await Search("page_size=2&page=1");
        Assert.True(r.GetProperty("total").GetInt32() >= 4);
        Assert.Equal(2, r.GetProperty("hits").GetArrayLength());
        Assert.Contains(r.GetProperty("facets").GetProperty("place").EnumerateArray(), f => f.GetProperty("value").GetString() == "دمشق");
    }

    [Theory]
    [InlineData("from=abc", "from", "malformed-date")]
    [InlineData("to=1870-13", "to", "month-out-of-range")]
    [InlineData("from=1870&to=1860", "to", "empty-range")]
    [InlineData("page=x", "page", "bad-page")]
    [InlineData("page=0", "page", "page-out-of-range")]
    [InlineData("page_size=1000", "page_size", "page-size-out-of-range")]
    public async Task Bad_parameters_get_problem_details_naming_the_parameter(string query, string parameter, string code)
    {
        var problem = await ProblemAssert.IsProblem(await server.Client.GetAsync("/api/search?" + query), HttpStatusCode.BadRequest, code);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var doc = JsonDocument.Parse(await server.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        foreach (var p in (string[])["/api/analyze", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/timeline", "/api/search"])
        {
            Assert.True(paths.TryGetProperty(p, out _), p);
        }
    }

    [Fact]
    public async Task The_page_and_its_bundled_libraries_are_served_locally()
    {
        var page = await server.Client.GetStringAsync("/");
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        foreach (var asset in (string[])["app.js", "app.css", "lib/vis-timeline/vis-timeline-graph2d.min.js", "lib/noto-naskh-arabic/fonts.css", "lib/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", "lib/LICENSES.md"])
        {
            var r = await server.Client.GetAsync("/" + asset);
            Assert.True(r.StatusCode == HttpStatusCode.OK, asset + " (run src/Tarikh.Web/client: npm ci && node copy-assets.mjs)");
        }
    }
}

[Collection(ServerCollection.Name)]
public sealed class EventsEndpointTests(ServerFixture server)
{
    [Fact]
    public async Task What_happened_in_Damascus_between_1860_and_1870_and_who_was_there()
    {
        var url = "/api/events?from=1860&to=1870&place=" + Uri.EscapeDataString("دمشق");
        var rows = JsonDocument.Parse(await server.Client.GetStringAsync(url)).RootElement;
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal("conflict", rows[0].GetProperty("type").GetString());
        Assert.Equal("1860-07-01", rows[0].GetProperty("date_start").GetString());
        Assert.Equal("دمشق", rows[1].GetProperty("place").GetString());
        Assert.Equal("فؤاد باشا", rows[1].GetProperty("participants")[0].GetString());
    }

    [Fact]
    public async Task Hijri_bounds_and_participants_filter_events()
    {
        var rows = JsonDocument.Parse(await server.Client.GetStringAsync("/api/events?from=1276h&to=1277h&participant=" + Uri.EscapeDataString("عبد القادر"))).RootElement;
        Assert.Equal("conflict", Assert.Single(rows.EnumerateArray()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("from=x", "from")]
    [InlineData("to=1870-02-30", "to")]
    [InlineData("limit=0", "limit")]
    public async Task Bad_parameters_get_problem_details(string query, string parameter)
    {
        var problem = await ProblemAssert.IsProblem(await server.Client.GetAsync("/api/events?" + query), HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }
}
