using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;
using Tarikh.Storage.Tests;

namespace Tarikh.Web.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) over a fresh SQLite library seeded with the
/// workbench's self-written texts and one fully annotated document (with a flag).
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tarikh-web-").FullName;

    /// <summary>Request size limit used by the server (small, so the limit test is cheap).</summary>
    public const long MaxRequestBytes = 512 * 1024;

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Id of the annotated Damascus document.</summary>
    public long DamascusId { get; private set; }

    /// <summary>The request time limit.</summary>
    protected virtual TimeSpan RequestTimeout => TimeSpan.FromSeconds(30);

    /// <summary>An origin the server allows to post (--allowed-origins).</summary>
    public const string PartnerOrigin = "https://partner.example";

    /// <summary>Changes the server's options (API key, limits) in a derived fixture.</summary>
    protected virtual TarikhWebOptions Configure(TarikhWebOptions options) => options;

    public async Task InitializeAsync()
    {
        var options = Configure(new TarikhWebOptions
        {
            Urls = "http://127.0.0.1:0",
            Library = new LibraryOptions(Path.Combine(_dir, "web.db")),
            MaxRequestBytes = MaxRequestBytes,
            RequestTimeout = RequestTimeout,
            AllowedOrigins = [PartnerOrigin],
        });
        App = await TarikhWebApp.CreateAsync(options);
        var library = (TarikhLibrary)App.Services.GetService(typeof(TarikhLibrary))!;
        var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
        DamascusId = (await library.AddAsync(Samples.Damascus())).Id;
        foreach (var name in (string[])["workbench-ibn-khaldun.ar.txt", "workbench-rifaa.ar.txt", "workbench-president.ar.txt"])
        {
            var path = Samples.TextPath(name);
            await library.AddAsync(pipeline.Run(new SourceText(await File.ReadAllTextAsync(path), "data/texts/" + name)));
        }

        await App.StartAsync();
        BaseAddress = TarikhWebApp.BaseAddress(App);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Posts a body with a content type.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, string body, string contentType)
    {
        var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync(url, content);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One server shared by the API test classes.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
