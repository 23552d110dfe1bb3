using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Tarikh.Cluster;
using Tarikh.Core.Pipeline;
using Tarikh.Storage;

namespace Tarikh.Cli.Commands.Cluster;

/// <summary>
/// <c>tarikh worker --broker URI --db CONNSTR [--concurrency N] [--metrics-port P]</c>: consumes document
/// jobs, analyzes them and commits each to the store before acknowledging it. Runs until SIGTERM or Ctrl+C,
/// then takes no new job, finishes (or returns) the jobs in flight and exits 0. Exit codes: 1 usage,
/// 5 database unavailable, 6 broker unavailable.
/// </summary>
public static class WorkerCommand
{
    /// <summary>
    /// True when the command line runs a worker: the worker handles SIGTERM/SIGINT itself (its in-flight jobs
    /// may need longer than the command-line library's two-second termination timeout).
    /// </summary>
    public static bool OwnsTermination(IReadOnlyList<string> args) => args is { Count: > 0 } && args[0] == "worker";

    /// <summary>
    /// Called first thing in a worker process, before the thread pool starts: idle thread-pool threads do not spin before
    /// they sleep (the runtime's default spins about 70 times). A worker's threads wait on I/O most of the time — the
    /// broker's deliveries, each round trip of a group's transaction — and every wait ended in a spin that burned CPU
    /// on a core the analysis could use: measured in process on the bench's documents (docs/scale.md, round 4), the
    /// writer's client side took 1.36 ms of CPU per document with the spin and 0.93 ms without, the broker client 0.17
    /// and 0.06 ms. <c>DOTNET_ThreadPool_UnfairSemaphoreSpinLimit</c>, when set, wins.
    /// </summary>
    public static void ConfigureThreadPool()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit") is null)
        {
            AppContext.SetData("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", 0);
        }
    }

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var broker = ClusterOptions.Broker();
        var queueName = ClusterOptions.Queue();
        var db = new Option<string>("--db")
        {
            Description = "The shared store: PostgreSQL connection string (Host=…;Database=…) or URL (postgres://…) (env TARIKH_DB) / قاعدة البيانات المشتركة",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TARIKH_DB") ?? string.Empty,
        };
        var concurrency = new Option<int>("--concurrency", "-c") { Description = "Jobs processed at once (default: number of cores) / عدد المهام المتزامنة", DefaultValueFactory = _ => Environment.ProcessorCount };
        var prefetch = new Option<int>("--prefetch") { Description = "Unacknowledged jobs the broker sends ahead (default: 2 × concurrency + group) / عدد المهام المسبقة" };
        var group = new Option<int>("--group") { Description = "At most this many documents per transaction, 1 for one each (default 50) / أقصى عدد من الوثائق في المعاملة الواحدة", DefaultValueFactory = _ => 50 };
        var groupWait = new Option<int>("--group-wait") { Description = "A group is committed at the latest this many milliseconds after its first document is ready, or longer when documents come too slowly to fill --group-target in that time (default 50) / أقصى انتظار لاكتمال المجموعة بالملّي ثانية", DefaultValueFactory = _ => 50 };
        var groupTarget = new Option<int>("--group-target") { Description = "The group size the wait adapts to, at the rate documents are ready, waiting at most 1 s (default 20; 0: always --group-wait) / حجم المجموعة الذي يتكيّف معه الانتظار", DefaultValueFactory = _ => 20 };
        var maxTries = new Option<int>("--max-tries") { Description = "Failed tries before a job goes to the dead-letter queue (default 3) / عدد المحاولات قبل نقل المهمة إلى طابور الفاشلة", DefaultValueFactory = _ => 3 };
        var timeout = new Option<double>("--timeout") { Description = "Time limit per document in seconds, 0 for none (default 120) / المهلة لكل وثيقة", DefaultValueFactory = _ => AnalyzeSettings.DefaultBatchTimeout.TotalSeconds };
        var grace = new Option<double>("--grace") { Description = "On SIGTERM, seconds in-flight jobs may run before they are returned to the queue (default 60) / مهلة إنهاء المهام الجارية", DefaultValueFactory = _ => 60 };
        var noSearch = new Option<bool>("--no-search")
        {
            Description = "Store the documents without their search rows (less work per document for a deployment that does not search; "
                + "`tarikh search` and `serve` index the missing ones when they open the store) / حفظ الوثائق دون صفوف البحث",
        };
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve Prometheus metrics on this port (GET /metrics) / منفذ مقاييس Prometheus" };
        var metricsBind = new Option<string>("--metrics-bind") { Description = "Address the metrics listener binds (default 127.0.0.1; 0.0.0.0 for a remote Prometheus) / عنوان المقاييس", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("worker", "Consume document jobs from the queue, analyze them and store them (PostgreSQL) / عامل: يستهلك المهام ويحلّلها ويحفظها")
        {
            broker, queueName, db, concurrency, prefetch, group, groupWait, groupTarget, maxTries, timeout, grace, noSearch, metricsPort, metricsBind,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (ClusterOptions.CheckBroker(console, parse.GetValue(broker)) is not { } uri)
            {
                return ExitCodes.Usage;
            }

            var database = parse.GetValue(db);
            if (string.IsNullOrWhiteSpace(database))
            {
                CliErrors.Usage(console, "--db is required: the store every worker writes to (PostgreSQL).", "الخيار --db مطلوب: قاعدة البيانات التي يكتب فيها كل العمّال (PostgreSQL).");
                return ExitCodes.Usage;
            }

            var n = parse.GetValue(concurrency);
            var k = parse.GetValue(maxTries);
            var seconds = parse.GetValue(timeout);
            var g = parse.GetValue(group);
            var gw = parse.GetValue(groupWait);
            var gt = parse.GetValue(groupTarget);
            var pre = parse.GetValue(prefetch) is var given && given > 0 ? given : (2 * n) + Math.Max(g, 0);
            if (n is < 1 or > 256 || k is < 1 or > 100 || pre > 65_535 || !(seconds >= 0) || g is < 1 or > 10_000 || gw is < 0 or > 60_000 || gt is < 0 or > 10_000)
            {
                CliErrors.Usage(console, "--concurrency must be 1..256, --max-tries 1..100, --prefetch at most 65535, --timeout ≥ 0, --group 1..10000, --group-wait 0..60000, --group-target 0..10000.",
                    "يجب أن يكون --concurrency بين 1 و256، و--max-tries بين 1 و100، و--prefetch حتى 65535، و--timeout صفراً أو أكثر، و--group بين 1 و10000، و--group-wait بين 0 و60000، و--group-target بين 0 و10000.");
                return ExitCodes.Usage;
            }

            IPAddress? bind = null;
            if (parse.GetValue(metricsPort) is { } port && (port is < 0 or > 65_535 || !IPAddress.TryParse(parse.GetValue(metricsBind), out bind)))
            {
                CliErrors.Usage(console, "--metrics-port must be 0..65535 and --metrics-bind an IP address.", "يجب أن يكون --metrics-port بين 0 و65535 و--metrics-bind عنوان IP.");
                return ExitCodes.Usage;
            }

            using var stop = new CancellationTokenSource();
            using var linked = ct.Register(stop.Cancel);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true;
                lock (console.Error)
                {
                    console.Error.WriteLine($"tarikh worker: {context.Signal}: finishing the jobs in flight, taking no new one / إنهاء المهام الجارية وعدم أخذ مهام جديدة");
                }

                stop.Cancel();
            }

            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

            IDocumentStore store;
            try
            {
                store = await DocumentStore.OpenAsync(database, stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or System.Net.Sockets.SocketException or ArgumentException or IOException)
            {
                console.Error.WriteLine($"tarikh: error [database] cannot open the store: {e.Message}");
                console.Error.WriteLine($"tarikh: خطأ [database] تعذّر فتح قاعدة البيانات: {e.Message}");
                return IngestCommand.DatabaseError;
            }

            await using (store)
            {
                var pipeline = TarikhPipeline.CreateDefault(TarikhResources.LoadDefault());
                Storage.Search.PostgresSearchIndex? search = null;
                if (store is PostgresDocumentStore pg && !parse.GetValue(noSearch))
                {
                    search = Storage.Search.PostgresSearchIndex.For(pg);
                    await search.EnsureSchemaAsync(stop.Token).ConfigureAwait(false);
                }

                var metrics = new WorkerMetrics();
                await using var processor = new DocumentProcessor(pipeline, store, seconds > 0 ? TimeSpan.FromSeconds(seconds) : null, search: search,
                    concurrency: n, grouping: new WriteGrouping(g, gw, gt), onGroup: metrics.CountGroup);
                var topology = new QueueTopology(parse.GetValue(queueName)!);
                var options = new WorkerOptions(topology, n, pre, k, TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(grace))));
                void Log(string line)
                {
                    lock (console.Error)
                    {
                        console.Error.WriteLine(line);
                    }
                }

                var worker = new DocumentWorker(uri, processor, options, metrics, Log);
                await using var server = bind is not null ? new MetricsServer(metrics, bind, parse.GetValue(metricsPort)!.Value) : null;
                Log($"tarikh worker: {Broker.ProcessName} consuming {topology.Queue} on {ClusterOptions.Redact(uri)}, {n} at once, prefetch {pre}, up to {g} documents per transaction, {k} tries"
                    + (server is null ? string.Empty : $", metrics on http://{bind}:{server.Port}/metrics")
                    + $"\ntarikh worker: يستهلك {topology.Queue}، {n} مهام في آن واحد، و{k} محاولات لكل مهمة");
                try
                {
                    await worker.RunAsync(stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (ClusterOptions.IsBrokerFailure(e))
                {
                    return ClusterOptions.BrokerUnavailable(console, uri, e);
                }

                Log($"tarikh worker: stopped: stored {metrics.Stored}, already stored {metrics.Duplicates}, retried {metrics.Retried}, dead-lettered {metrics.DeadLettered}, returned {metrics.Requeued}, in {metrics.UptimeSeconds:F1} s, {metrics.Groups} transactions"
                    + $"\ntarikh worker: توقف: حُفظت {metrics.Stored}، ومحفوظة من قبل {metrics.Duplicates}، وأُعيدت محاولة {metrics.Retried}، ونُقلت إلى الفاشلة {metrics.DeadLettered}، وأُرجعت {metrics.Requeued}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
