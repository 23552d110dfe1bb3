using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Tarikh.Web;

namespace Tarikh.Cli.Commands;

/// <summary>
/// <c>tarikh serve [--urls http://127.0.0.1:5080] [--db …] [--index …] [--max-request-kb N] [--request-timeout S]</c>:
/// the HTTP API and the web page over the library (embedded SQLite unless told otherwise). Stops on Ctrl+C.
/// Exit codes: 0 stopped, 1 usage, 5 database unavailable.
/// </summary>
public static class ServeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:5080) / عناوين الاستماع", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var maxKb = new Option<int>("--max-request-kb") { Description = "Largest request body in KB (default 4096) / أكبر حجم للطلب", DefaultValueFactory = _ => 4096 };
        var timeout = new Option<double>("--request-timeout") { Description = "Longest request time in seconds (default 30) / أطول مدة للطلب", DefaultValueFactory = _ => 30 };
        var library = new LibraryOptionsBinding();
        var command = new Command("serve", "Serve the HTTP API and the web page / تشغيل الواجهة البرمجية وصفحة الويب") { urls, maxKb, timeout };
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

            var options = new TarikhWebOptions
            {
                Urls = parse.GetValue(urls) ?? "http://127.0.0.1:5080",
                Library = library.Get(parse),
                MaxRequestBytes = kb * 1024L,
                RequestTimeout = TimeSpan.FromSeconds(seconds),
            };
            var lib = await LibraryOptionsBinding.OpenAsync(options.Library, console, ct).ConfigureAwait(false);
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
            catch (IOException e)
            {
                console.Error.WriteLine($"tarikh: error [listen] cannot listen on {options.Urls}: {e.Message}");
                console.Error.WriteLine($"tarikh: خطأ [listen] تعذّر الاستماع على {options.Urls}: {e.Message}");
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
}
