using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Tarikh.Testing;
using Tarikh.Web.Tests.Browser;

namespace Tarikh.Web.Tests.Knowledge;

/// <summary><c>serve --kb</c>: the API's analyses carry links and verifications; the page shows them with Wikidata links.</summary>
public sealed class KnowledgeServeTests(KbServerFixture server, BrowserFixture browser) : IClassFixture<KbServerFixture>, IClassFixture<BrowserFixture>
{
    private static readonly string Lenin = File.ReadAllText(SharedData.LeninArticlePath);

    [Fact]
    public async Task An_analysis_links_clusters_and_verifies_claims_against_the_served_kb()
    {
        var r = await server.PostAsync("/api/analyze", Lenin, "text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        var lenin = doc.GetProperty("clusters").EnumerateArray().First(c => c.GetProperty("kb").ValueKind == JsonValueKind.Object
            && c.GetProperty("kb").GetProperty("id").GetString() == "Q1394");
        Assert.True(lenin.GetProperty("kb").GetProperty("confidence").GetDouble() >= 0.8);
        var verdicts = doc.GetProperty("verifications").EnumerateArray().Select(v => v.GetProperty("verdict").GetString()).ToList();
        Assert.Contains("supported", verdicts);
        Assert.Contains("contradicted", verdicts);
        var birthPlace = doc.GetProperty("flags").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "kb-contradiction"
            && f.GetProperty("evidence").GetProperty("kb_property").GetString() == "P19");
        Assert.Equal("Q90000102", birthPlace.GetProperty("evidence").GetProperty("kb_value").GetString());
        Assert.Contains("موسكو", birthPlace.GetProperty("message_ar").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_export_shows_verdicts_links_real_items_only_and_escapes_kb_text()
    {
        var r = await server.PostAsync("/api/analyze?format=html", Lenin, "text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("يخالفه المرجع", html, StringComparison.Ordinal);
        Assert.Contains("يؤيده المرجع", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.wikidata.org/wiki/Q1394\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("wikidata.org/wiki/Q9000", html, StringComparison.Ordinal);
        Assert.Contains("Q90000102", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_with_hostile_markup_comes_back_as_data_and_its_claims_are_still_verified()
    {
        const string text = "<script>alert(1)</script> ولد فلاديمير لينين في موسكو عام 1870.";
        var r = await server.PostAsync("/api/analyze", text, "text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("verifications").ValueKind);
        Assert.Contains(doc.GetProperty("verifications").EnumerateArray(), v => v.GetProperty("verdict").GetString() == "contradicted"
            && v.GetProperty("kb").GetProperty("property").GetString() == "P19");
        Assert.Contains(doc.GetProperty("verifications").EnumerateArray(), v => v.GetProperty("verdict").GetString() == "supported"
            && v.GetProperty("kb").GetProperty("property").GetString() == "P569");
    }

    [Fact]
    public async Task The_page_shows_verdicts_and_wikidata_links_and_never_runs_kb_text_as_markup()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ar", ViewportSize = new ViewportSize { Width = 1360, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, q) =>
        {
            if (!q.Url.StartsWith(server.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !q.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add("off-site request: " + q.Url);
            }
        };
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.FillAsync("#text-input", Lenin);
        await page.ClickAsync("#analyze-btn");
        await page.Locator("#kb-panel").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        // Linked entities link to their Wikidata page.
        var leninLink = page.Locator("#entities a.kb-link[href='https://www.wikidata.org/wiki/Q1394']");
        Assert.True(await leninLink.CountAsync() >= 1);
        Assert.Equal("noopener noreferrer", await leninLink.First.GetAttributeAsync("rel"));

        // Contradicted claims come first, with the text's value and the KB's.
        var first = page.Locator("#verifications .verif-item").First;
        Assert.Contains("contradicted", await first.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("#verifications .verif-item.supported").CountAsync() >= 1);
        var birthPlace = page.Locator("#verifications .verif-item.contradicted", new PageLocatorOptions { HasText = "موسكو" });
        Assert.Equal(1, await birthPlace.CountAsync());
        Assert.Equal(1, await birthPlace.Locator("a[href='https://www.wikidata.org/wiki/Q1394']").CountAsync());

        // A local item id (above Q90000000, made up for this KB) is shown as text and never linked to Wikidata.
        Assert.Equal("Q90000102", (await birthPlace.Locator(".kb-local").First.TextContentAsync())?.Trim());
        Assert.Equal(0, await page.Locator("a[href*='wikidata.org/wiki/Q9000']").CountAsync());

        // Clicking a verification marks its evidence in the text.
        await birthPlace.ClickAsync();
        Assert.Contains("موسكو", string.Concat(await page.Locator("#doc-text .evidence").AllTextContentsAsync()), StringComparison.Ordinal);

        // The KB's markup-laden label is shown as text in the flags and never becomes an element.
        var flagsText = await page.Locator("#flags").TextContentAsync();
        Assert.Contains(KbServerFixture.HostileLabel, flagsText, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#flags img, #verifications img, #entities img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Empty(problems);
        await context.CloseAsync();
    }
}
