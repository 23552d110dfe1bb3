using System.Text.Json;
using Microsoft.Playwright;
using Tarikh.Testing;

namespace Tarikh.Web.Tests.Browser;

/// <summary>The web page in a real browser: analyze the shared article, follow flags and timeline items to their evidence, search the library.</summary>
[Collection(ServerCollection.Name)]
public sealed class WorkbenchPageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string path = "/")
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1360, Height = 1000 },
            Locale = "ar",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { problems.Add("console: " + m.Text); } };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(server.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add("off-site request: " + r.Url);
            }
        };
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        return (page, problems);
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDir, name), FullPage = true });

    private static async Task<string> EvidenceText(IPage page) =>
        string.Concat(await page.Locator("#doc-text .evidence").AllTextContentsAsync());

    [Fact]
    public async Task Pasting_the_shared_article_shows_the_highlighted_text_timeline_flags_and_downloads()
    {
        var article = await File.ReadAllTextAsync(SharedData.LeninArticlePath);
        var (page, problems) = await OpenAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await page.FillAsync("#text-input", article);
        await page.ClickAsync("#analyze-btn");
        await page.Locator("#result").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

        // The page shows the original text, character for character.
        var shown = await page.Locator("#doc-text").TextContentAsync();
        Assert.Equal(article.TrimStart('\uFEFF').ReplaceLineEndings("\n"), shown?.ReplaceLineEndings("\n"));

        // The same analysis through the API tells what the page must show.
        var analysis = JsonDocument.Parse(await (await server.PostAsync("/api/analyze", article, "text/plain")).Content.ReadAsStringAsync()).RootElement;
        var dated = analysis.GetProperty("timexes").EnumerateArray().Any(t => t.GetProperty("gregorian").ValueKind == JsonValueKind.Object)
            || analysis.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("date").ValueKind == JsonValueKind.Object);
        if (dated)
        {
            await page.Locator("#timeline .vis-item-content").First.WaitForAsync();
            Assert.True(await page.Locator("#timeline .vis-item-content").CountAsync() > 0);
            await page.ClickAsync("#zoom-fit");
        }
        else
        {
            Assert.True(await page.Locator("#timeline-empty").IsVisibleAsync());
        }

        Assert.Equal(analysis.GetProperty("noise").GetArrayLength() > 0, await page.Locator("#doc-text .t-noise").CountAsync() > 0);
        var formats = JsonDocument.Parse(await server.Client.GetStringAsync("/api/formats")).RootElement.GetProperty("document").GetArrayLength();
        Assert.Equal(formats, await page.Locator("#downloads button").CountAsync());
        await Shot(page, "analyze-lenin.png");

        var flags = analysis.GetProperty("flags");
        Assert.Equal(flags.GetArrayLength(), await page.Locator("#flags .flag-item").CountAsync());
        if (flags.GetArrayLength() > 0)
        {
            await page.Locator("#flags .flag-item").First.ClickAsync();
            await page.Locator("#doc-text .evidence").First.WaitForAsync();
            var evidence = await EvidenceText(page);
            foreach (var span in flags[0].GetProperty("spans").EnumerateArray())
            {
                Assert.Contains(span.GetProperty("text").GetString()!, evidence, StringComparison.Ordinal);
            }

            await Shot(page, "analyze-lenin-flag.png");
        }

        if (dated)
        {
            await page.Locator("#timeline .vis-item-content").First.ClickAsync();
            await page.Locator("#doc-text .evidence").First.WaitForAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Clicking_a_flag_or_a_timeline_item_of_a_stored_document_marks_its_evidence()
    {
        var (page, problems) = await OpenAsync($"/#doc-{server.DamascusId}");
        await page.Locator("#flags .flag-item").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("#timeline .vis-item-content").CountAsync());
        Assert.True(await page.Locator("#doc-text .t-per").CountAsync() >= 2);

        await page.Locator("#flags .flag-item").First.ClickAsync();
        await page.Locator("#doc-text .evidence").First.WaitForAsync();
        Assert.Equal("السابع عشر من تموز", await EvidenceText(page));
        Assert.True(await page.Locator("#doc-text .evidence").First.IsVisibleAsync());
        await Shot(page, "stored-flag-evidence.png");

        await page.Locator("#timeline .vis-item", new PageLocatorOptions { HasText = "سفر" }).ClickAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#doc-text .evidence')].map(e => e.textContent).join('') === 'وصل'");
        Assert.Equal(0, await page.Locator("#flags .flag-item.active").CountAsync());
        await Shot(page, "stored-timeline-evidence.png");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Searching_the_library_shows_snippets_facets_and_opens_a_document()
    {
        var (page, problems) = await OpenAsync();
        await page.ClickAsync("#tab-library");
        await page.FillAsync("#search-q", "الرئيس");
        await page.ClickAsync("#search-btn");
        await page.Locator("#results .hit mark").First.WaitForAsync();
        Assert.Equal(1, await page.Locator("#results .hit").CountAsync());
        Assert.Contains("لرئيس", await page.Locator("#results .hit mark").AllTextContentsAsync());
        await Shot(page, "library-search.png");

        await page.FillAsync("#search-q", string.Empty);
        await page.FillAsync("#search-from", "1276h");
        await page.FillAsync("#search-to", "1277h");
        await page.ClickAsync("#search-btn");
        await page.WaitForFunctionAsync("() => document.getElementById('search-summary').textContent.includes('1859')");
        Assert.Equal(1, await page.Locator("#results .hit").CountAsync());
        await page.Locator("#facets button", new PageLocatorOptions { HasText = "فؤاد باشا" }).WaitForAsync();

        await page.FillAsync("#search-from", "abc");
        await page.ClickAsync("#search-btn");
        await page.Locator("#search-error").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("abc", await page.Locator("#search-error").TextContentAsync());

        await page.FillAsync("#search-from", "1860");
        await page.FillAsync("#search-to", string.Empty);
        await page.ClickAsync("#search-btn");
        await page.Locator("#results .hit h3 a").First.ClickAsync();
        await page.Locator("#result").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Contains("دمشق", await page.Locator("#doc-text").TextContentAsync());
        Assert.DoesNotContain(problems, p => !p.Contains("400", StringComparison.Ordinal));
    }
}
