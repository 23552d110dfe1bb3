using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Tarikh.Web;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh serve [--urls http://127.0.0.1:5080] [--db …] [--index …] [--kb KB] [--max-request-kb N] [--request-timeout S]</c>:
/// the HTTP API and the web page over the library (embedded SQLite unless told otherwise). Stops on Ctrl+C.
/// Listening beyond loopback needs <c>--api-key</c> (or <c>TARIKH_API_KEY</c>). Exit codes: 0 stopped, 1 usage (or the
/// address is in use), 5 database unavailable or missing folder.
/// </summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:5080) / عناوين الاستماع", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var maxKb = new Option<int>("--max-request-kb") { Description = "Largest request body in KB (default 4096) / أكبر حجم للطلب", DefaultValueFactory = _ => 4096 };
        var timeout = new Option<double>("--request-timeout") { Description = "Longest request time in seconds (default 30) / أطول مدة للطلب", DefaultValueFactory = _ => 30 };
        var apiKey = new Option<string?>("--api-key") { Description = "Key every API request must carry (X-Api-Key or Authorization: Bearer); required beyond loopback (env TARIKH_API_KEY) / مفتاح الواجهة" };
        var hosts = new Option<string[]>("--allowed-hosts") { Description = "Host names to answer besides loopback (* for any) / أسماء المضيف المسموحة", AllowMultipleArgumentsPerToken = true };
        var origins = new Option<string[]>("--allowed-origins") { Description = "Other origins allowed to post from a browser (https://example.org) / مصادر أخرى مسموحة", AllowMultipleArgumentsPerToken = true };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per minute per client address, 0 for none (default 6000) / حد الطلبات في الدقيقة", DefaultValueFactory = _ => 6000 };
        var concurrent = new Option<int>("--max-concurrent") { Description = "Analyses at the same time; more wait in a queue (default 2 × cores) / عدد التحليلات المتزامنة", DefaultValueFactory = _ => Math.Max(2, Environment.ProcessorCount * 2) };
        var knowledge = new Option<string?>("--kb") { Description = "Verify every analysis against this knowledge base (a file made by `tarikh kb import`, or a PostgreSQL connection string) / التحقق مقابل قاعدة معرفة" };
        var library = new LibraryOptionsBinding();
        var command = new Command("serve", "Serve the HTTP API and the web page / تشغيل الواجهة البرمجية وصفحة الويب") { urls, maxKb, timeout, apiKey, hosts, origins, rate, concurrent, knowledge };
        library.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var kb = parse.GetValue(maxKb);
            var seconds = parse.GetValue(timeout);
            if (kb is < 1 or > 1 << 20 || !(seconds > 0) || seconds > 3600)
            {
                CliErrors.Usage(console, "--max-request-kb must be 1..1048576 and --request-timeout 0..3600 s.", "يجب أن يكون --max-request-kb بين 1 و1048576، و--request-timeout بين 0 و3600 ثانية.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(rate) < 0 || parse.GetValue(concurrent) < 1)
            {
                CliErrors.Usage(console, "--rate-limit must be 0 or more and --max-concurrent 1 or more.", "يجب أن يكون --rate-limit صفراً أو أكثر، و--max-concurrent واحداً أو أكثر.");
                return ExitCodes.Usage;
            }

            var kbPath = parse.GetValue(knowledge);
            if (kbPath is not null && Tarikh.Storage.Knowledge.KnowledgeStore.Problem(kbPath) is { } kbProblem)
            {
                CliErrors.Input(console, kbPath, kbProblem);
                return ExitCodes.InputError;
            }

            var options = new TarikhWebOptions
            {
                KnowledgeBase = kbPath,
                Urls = parse.GetValue(urls) ?? "http://127.0.0.1:5080",
                Library = library.Get(parse),
                MaxRequestBytes = kb * 1024L,
                RequestTimeout = TimeSpan.FromSeconds(seconds),
                ApiKey = parse.GetValue(apiKey) is { Length: > 0 } key ? key : Environment.GetEnvironmentVariable("TARIKH_API_KEY") is { Length: > 0 } env ? env : null,
                AllowedHosts = Split(parse.GetValue(hosts)),
                AllowedOrigins = Split(parse.GetValue(origins)),
                RequestsPerMinute = parse.GetValue(rate),
                MaxConcurrentAnalyses = parse.GetValue(concurrent),
            };
            foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!ValidUrl(url))
                {
                    CliErrors.Usage(console, $"--urls: '{url}' is not an address to listen on (example: http://127.0.0.1:5080; port 0–65535).",
                        $"--urls: «{url}» ليس عنواناً صالحاً للاستماع (مثال: http://127.0.0.1:5080؛ المنفذ بين 0 و65535).");
                    return ExitCodes.Usage;
                }
            }

            var binding = WebSecurity.CheckBinding(options);
            if (binding.Error is { } refused)
            {
                CliErrors.Usage(console, refused.En, refused.Ar);
                return ExitCodes.Usage;
            }

            foreach (var warning in binding.Warnings)
            {
                console.Error.WriteLine($"tarikh: warning {warning.En}");
                console.Error.WriteLine($"tarikh: تحذير {warning.Ar}");
            }

            var lib = await LibraryOptionsBinding.OpenAsync(options.Library, console, ct, LibraryAccess.FileOnly).ConfigureAwait(false);
            if (lib is null)
            {
                return IngestCommand.DatabaseError;
            }

            // The application owns the library from here on and disposes it.
            await using var app = TarikhWebApp.Build(options, lib);
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or InvalidOperationException or UriFormatException)
            {
                var inUse = e is Microsoft.AspNetCore.Connections.AddressInUseException || e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException;
                var whyEn = inUse ? "the address is already in use by another program (choose another port with --urls)" : e.Message;
                var whyAr = inUse ? "العنوان مستخدم من برنامج آخر (اختر منفذاً آخر بالخيار --urls)" : e.Message;
                console.Error.WriteLine($"tarikh: error [listen] cannot listen on {options.Urls}: {whyEn}");
                console.Error.WriteLine($"tarikh: خطأ [listen] تعذّر الاستماع على {options.Urls}: {whyAr}");
                return ExitCodes.Usage;
            }

            foreach (var url in app.Urls)
            {
                console.Error.WriteLine($"tarikh: serving {url} (API {url.TrimEnd('/')}/api, OpenAPI {url.TrimEnd('/')}/openapi/v1.json) — Ctrl+C to stop");
                console.Error.WriteLine($"tarikh: الخادم يعمل على {url} — اضغط Ctrl+C للإيقاف");
            }

            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>An http(s) URL with a host and, if given, a port in 0–65535 (Kestrel's wildcards * and + allowed).</summary>
    private static bool ValidUrl(string url)
    {
        var scheme = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : -1;
        if (scheme < 0)
        {
            return false;
        }

        var host = WebSecurity.HostOf(url);
        var rest = url[scheme..].Split('/')[0];
        var portText = rest.Length > host.Length && rest[host.Length] == ':' ? rest[(host.Length + 1)..] : null;
        return host.Length > 0
            && (portText is null || (int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port <= 65535));
    }

    private static string[] Split(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
