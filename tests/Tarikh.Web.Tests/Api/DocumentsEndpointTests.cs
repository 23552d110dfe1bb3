using System.Net;
using System.Text.Json;

namespace Tarikh.Web.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class DocumentsEndpointTests(ServerFixture server)
{
    [Fact]
    public async Task Storing_a_document_returns_201_with_its_location_and_storing_it_again_returns_200()
    {
        const string text = "سافر رفاعة إلى باريس سنة 1826 وعاد سنة 1831، وهذه جملة للاختبار وحده.";
        var first = await server.PostAsync("/api/documents", text, "text/plain");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        var id = created.GetProperty("id").GetInt64();
        Assert.True(created.GetProperty("created").GetBoolean());
        Assert.Equal($"/api/documents/{id}", first.Headers.Location?.OriginalString);

        var again = await server.PostAsync("/api/documents", text, "text/plain");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var same = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, same.GetProperty("id").GetInt64());
        Assert.False(same.GetProperty("created").GetBoolean());

        var stored = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/documents/{id}")).RootElement;
        Assert.Equal(text, stored.GetProperty("text").GetString());
        Assert.Equal("tarikh/1", stored.GetProperty("analysis").GetProperty("schema").GetString());
        // The store keeps sentences as offsets only; the served analysis has each sentence's text back, as analyze writes it.
        var sentences = stored.GetProperty("analysis").GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Equal(text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()], s.GetProperty("text").GetString()));

        var search = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("للاختبار"))).RootElement;
        Assert.Contains(search.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task A_stored_document_carries_its_layers()
    {
        var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/documents/{server.DamascusId}")).RootElement;
        var analysis = doc.GetProperty("analysis");
        Assert.Equal(2, analysis.GetProperty("events").GetArrayLength());
        Assert.Single(analysis.GetProperty("flags").EnumerateArray());
        Assert.EndsWith("workbench-damascus-1860.ar.txt", doc.GetProperty("source_path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_of_a_stored_document_is_served_as_json()
    {
        var r = await server.Client.GetAsync($"/api/documents/{server.DamascusId}/timeline?format=json");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var t = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, t.GetProperty("timeline").GetArrayLength());
        Assert.Equal("1860-07-17", t.GetProperty("timeline")[1].GetProperty("date").GetProperty("start").GetString());
    }

    [Theory]
    [InlineData("timelinejs")]
    [InlineData("csv")]
    [InlineData("timeml")]
    public async Task Other_timeline_formats_are_served_when_their_exporter_exists(string format)
    {
        var r = await server.Client.GetAsync($"/api/documents/{server.DamascusId}/timeline?format={format}");
        if (Core.Output.DocumentExporters.Default.Find(format) is null)
        {
            await ProblemAssert.IsProblem(r, HttpStatusCode.BadRequest, "unknown-format");
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.NotEmpty(await r.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_missing_document_gets_404_problem_details()
    {
        await ProblemAssert.IsProblem(await server.Client.GetAsync("/api/documents/999999"), HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblem(await server.Client.GetAsync("/api/documents/999999/timeline"), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_bad_timeline_format_gets_problem_details() =>
        await ProblemAssert.IsProblem(await server.Client.GetAsync($"/api/documents/{server.DamascusId}/timeline?format=pdf"), HttpStatusCode.BadRequest, "unknown-format");
}
