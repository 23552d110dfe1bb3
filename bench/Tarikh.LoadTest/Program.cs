using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Tarikh.LoadTest;

/// <summary>
/// A bounded load generator for the workbench server, loopback only: N clients post the same article
/// to <c>/api/analyze</c> back to back for a fixed time, then it prints latency percentiles, throughput
/// and errors. Usage: <c>tarikh-load --url http://127.0.0.1:5080 --file ARTICLE [--bytes 16384] [--clients 50] [--seconds 30]</c>.
/// Exit code 0 when every request succeeded, 1 otherwise, 2 on bad arguments.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        var url = new Uri(options.GetValueOrDefault("--url", "http://127.0.0.1:5080"));
        if (!url.IsLoopback)
        {
            Console.Error.WriteLine("tarikh-load: only loopback addresses (127.0.0.0/8, localhost, [::1]) may be targeted.");
            return 2;
        }

        if (!options.TryGetValue("--file", out var file) || !File.Exists(file))
        {
            Console.Error.WriteLine("tarikh-load: --file ARTICLE is required.");
            return 2;
        }

        var bytes = int.Parse(options.GetValueOrDefault("--bytes", "16384"), CultureInfo.InvariantCulture);
        var clients = Math.Clamp(int.Parse(options.GetValueOrDefault("--clients", "50"), CultureInfo.InvariantCulture), 1, 500);
        var seconds = Math.Clamp(double.Parse(options.GetValueOrDefault("--seconds", "30"), CultureInfo.InvariantCulture), 1, 600);
        var body = Cut(File.ReadAllText(file).TrimStart('\uFEFF'), bytes);
        var payload = Encoding.UTF8.GetBytes(body);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };

        // Warm-up: JIT, lexicons, first allocations.
        for (var i = 0; i < 5; i++)
        {
            using var warm = await Post(http, payload);
        }

        var latencies = new List<double>[clients];
        var errors = new int[clients];
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(seconds);
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(1024);
            while (deadline.Elapsed < limit)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    using var r = await Post(http, payload);
                    await r.Content.LoadIntoBufferAsync();
                    mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    if (!r.IsSuccessStatusCode)
                    {
                        errors[c]++;
                        statuses.AddOrUpdate(((int)r.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    errors[c]++;
                    statuses.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = deadline.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var failed = errors.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"body {payload.Length} bytes, {clients} clients, {elapsed:F1} s: {all.Length} requests, {failed} errors, {all.Length / elapsed:F1} req/s, " +
            $"p50 {Percentile(all, 0.50):F0} ms, p95 {Percentile(all, 0.95):F0} ms, p99 {Percentile(all, 0.99):F0} ms, max {(all.Length > 0 ? all[^1] : 0):F0} ms"));
        foreach (var (k, v) in statuses)
        {
            Console.WriteLine($"  {k}: {v}");
        }

        return failed == 0 && all.Length > 0 ? 0 : 1;
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, byte[] payload)
    {
        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        return http.PostAsync("api/analyze?include_text=false", content);
    }

    /// <summary>Repeats or cuts the text to about <paramref name="bytes"/> UTF-8 bytes, at a whole character.</summary>
    private static string Cut(string text, int bytes)
    {
        var sb = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(sb.ToString()) < bytes)
        {
            sb.Append(text).Append('\n');
        }

        var s = sb.ToString();
        var lo = 0;
        var hi = s.Length;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Encoding.UTF8.GetByteCount(s.AsSpan(0, mid)) <= bytes)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (lo > 0 && char.IsHighSurrogate(s[lo - 1]))
        {
            lo--;
        }

        return s[..lo];
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
