using System.Diagnostics;
using Npgsql;
using Tarikh.Core.Input;
using Tarikh.Core.Pipeline;
using Tarikh.Core.Text;
using Tarikh.Storage;

namespace Tarikh.Cluster;

/// <summary>What became of one delivery of a job.</summary>
public enum JobStatus
{
    /// <summary>Analyzed and stored (committed) now.</summary>
    Stored,

    /// <summary>The same text was already stored (a redelivery, or the same text submitted twice): nothing written.</summary>
    AlreadyStored,

    /// <summary>Failed in a way another try may not repeat (analysis error, time limit, unreadable path): counts as a try.</summary>
    Failed,

    /// <summary>The job itself is unusable (empty or binary text, not a job): dead-lettered at once.</summary>
    Rejected,

    /// <summary>The database was unreachable: the job goes back to the queue without counting a try.</summary>
    StoreUnavailable,

    /// <summary>Not started (the worker is stopping): the job goes back to the queue as it was.</summary>
    Returned,
}

/// <summary>The outcome of processing one delivery.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Result">The store's answer when stored or already stored.</param>
/// <param name="Error">The error, when it failed.</param>
/// <param name="Decode">Time spent reading and decoding.</param>
/// <param name="Analyze">Time spent in the pipeline.</param>
/// <param name="Store">Its share of the transaction that stored it (the group's time over the group's size).</param>
/// <param name="Search">Time spent writing PostgreSQL search rows outside that transaction (only when repairing a document stored without them).</param>
/// <param name="Wait">Time from analyzed to the start of its transaction (waiting for the group).</param>
public sealed record JobOutcome(JobStatus Status, IngestResult? Result, InputError? Error, TimeSpan Decode = default, TimeSpan Analyze = default, TimeSpan Store = default, TimeSpan Search = default, TimeSpan Wait = default)
{
    /// <summary>
    /// The CPU time of the analysis (its thread's, Linux; zero elsewhere): <see cref="Analyze"/> less the time its thread
    /// waited for a core while other threads and processes ran.
    /// </summary>
    public TimeSpan AnalyzeCpu { get; init; }
}

/// <summary>
/// Analyzes jobs (at most <c>concurrency</c> at once) and commits them to the store, several documents per
/// transaction when the store is PostgreSQL: while one group is written the next documents are analyzed. A
/// document is stored whole or not at all, and its caller hears of it only after the commit. Idempotent on the
/// text's SHA-256: a redelivered job whose text is stored is not analyzed again, and any text already stored is
/// not written again, so at-least-once delivery stores each document exactly once. Never throws for a bad
/// document: every failure is an outcome. Thread-safe.
/// </summary>
public sealed class DocumentProcessor : IAsyncDisposable
{
    private readonly AnalysisPipeline _pipeline;
    private readonly IDocumentStore _store;
    private readonly InputDecoder _decoder;
    private readonly TimeSpan? _timeout;
    private readonly Storage.Search.PostgresSearchIndex? _search;
    private readonly SemaphoreSlim _slots;
    private readonly GroupWriter _writer;
    private int _preparing;

    /// <summary>Creates a processor.</summary>
    /// <param name="pipeline">The analysis pipeline (shared by all concurrent jobs).</param>
    /// <param name="store">Where documents are committed.</param>
    /// <param name="timeout">Time limit per document, or null for none.</param>
    /// <param name="decoder">Decodes texts and files (default options when null).</param>
    /// <param name="search">The PostgreSQL search whose rows are written with each stored document (its schema ensured), or null.</param>
    /// <param name="concurrency">Documents analyzed at once (default 1).</param>
    /// <param name="grouping">How many documents share a transaction (PostgreSQL only; default one per transaction).</param>
    /// <param name="onGroup">Told the size of every committed transaction (for metrics).</param>
    public DocumentProcessor(AnalysisPipeline pipeline, IDocumentStore store, TimeSpan? timeout = null, InputDecoder? decoder = null, Storage.Search.PostgresSearchIndex? search = null,
        int concurrency = 1, WriteGrouping? grouping = null, Action<int>? onGroup = null)
    {
        _search = search;
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeout = timeout;
        _decoder = decoder ?? new InputDecoder();
        _slots = new SemaphoreSlim(Math.Max(1, concurrency));
        if (store is PostgresDocumentStore pg)
        {
            _writer = new GroupWriter((docs, ct) => pg.SaveManyAsync(docs, search, ct), grouping ?? WriteGrouping.None, () => Volatile.Read(ref _preparing) > 0, onGroup);
        }
        else
        {
            // Other stores (SQLite): one document per transaction, search rows after it.
            _writer = new GroupWriter(SaveOneByOneAsync, WriteGrouping.None, () => false, onGroup);
        }
    }

    private async Task<IReadOnlyList<IngestResult>> SaveOneByOneAsync(IReadOnlyList<DocumentToStore> documents, CancellationToken ct)
    {
        var results = new List<IngestResult>(documents.Count);
        foreach (var d in documents)
        {
            results.Add(await _store.SaveAsync(d.Document, d.Metadata, ct).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Processes one job (looks its text up first, as for a redelivery).</summary>
    public Task<JobOutcome> ProcessAsync(DocumentJob job, CancellationToken cancellationToken) => ProcessAsync(job, mayBeStored: true, static () => true, cancellationToken);

    /// <summary>Processes one job.</summary>
    /// <param name="job">The job.</param>
    /// <param name="mayBeStored">
    /// True for a redelivery or a retry: its text may have been stored by a worker that died before acknowledging,
    /// so it is looked up before being analyzed. A first delivery is analyzed at once (a text submitted twice is
    /// then found stored when its transaction runs, and not written again).
    /// </param>
    /// <param name="start">Asked when an analysis slot is free: false returns the job unstarted (the worker is stopping).</param>
    /// <param name="cancellationToken">Stops the analysis (the job is then returned by the caller).</param>
    public Task<JobOutcome> ProcessAsync(DocumentJob job, bool mayBeStored, Func<bool> start, CancellationToken cancellationToken) =>
        ProcessAsync(job, mayBeStored, start, committed: null, cancellationToken);

    /// <summary>Processes one job, and says so as soon as its document is committed.</summary>
    /// <param name="job">The job.</param>
    /// <param name="mayBeStored">True for a redelivery or a retry (see the other overload).</param>
    /// <param name="start">Asked when an analysis slot is free: false returns the job unstarted (the worker is stopping).</param>
    /// <param name="committed">
    /// Called right after the transaction that stored the document committed, on the writer's thread, for every document of
    /// that transaction before any of their outcomes is returned (a worker marks the group's deliveries acknowledgeable
    /// there, and the first of them to flush acknowledges them all with one multiple acknowledgement). Not called when the
    /// document was not written by a transaction (found stored before the analysis, failed).
    /// </param>
    /// <param name="cancellationToken">Stops the analysis (the job is then returned by the caller).</param>
    public async Task<JobOutcome> ProcessAsync(DocumentJob job, bool mayBeStored, Func<bool> start, Action? committed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(start);
        Interlocked.Increment(ref _preparing);
        var preparing = true;
        void Prepared()
        {
            if (preparing)
            {
                preparing = false;
                Interlocked.Decrement(ref _preparing);
            }
        }

        TimeSpan decode = default, analyze = default, analyzeCpu = default;
        try
        {
            Task<WriteOutcome> written;
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!start())
                {
                    return new JobOutcome(JobStatus.Returned, null, null);
                }

                var clock = Stopwatch.StartNew();
                var decoded = Decode(job);
                decode = clock.Elapsed;
                if (!decoded.IsSuccess)
                {
                    // A path that cannot be read now may be readable later (a share being mounted): a try. A text
                    // that is empty, binary or too large stays so: rejected at once.
                    var retry = job.Path is not null && decoded.Error!.Code is InputError.NotFound or InputError.Unreadable;
                    return new JobOutcome(retry ? JobStatus.Failed : JobStatus.Rejected, null, decoded.Error, decode);
                }

                var text = decoded.Text!;
                if (mayBeStored && await _store.FindAsync(text.Sha256, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    var search = Stopwatch.StartNew();
                    // Stored by a worker that died before writing the search rows (an older worker wrote them after
                    // the document's transaction): write them now.
                    if (_search is not null && !await _search.ContainsAsync(existing, cancellationToken).ConfigureAwait(false)
                        && await _store.GetAsync(existing, cancellationToken).ConfigureAwait(false) is { } stored)
                    {
                        await _search.AddAsync(Storage.Search.IndexedDocument.From(stored), cancellationToken).ConfigureAwait(false);
                    }

                    return new JobOutcome(JobStatus.AlreadyStored, new IngestResult(existing, text.Sha256, false), null, decode, Search: search.Elapsed);
                }

                clock.Restart();
                var cpu = ThreadCpu.Now();
                AnalyzedDocument document;
                using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    if (_timeout is { } t)
                    {
                        limit.CancelAfter(t);
                    }

                    try
                    {
                        document = _pipeline.Run(text, job.Id, job.ReferenceDate, limit.Token);
                        if (_timeout is { } t2 && clock.Elapsed > t2)
                        {
                            throw new OperationCanceledException(limit.Token);
                        }
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        return new JobOutcome(JobStatus.Failed, null, new InputError("timeout",
                            $"The document was not analyzed within the time limit ({_timeout?.TotalSeconds:0.###} s).",
                            $"لم يكتمل تحليل الوثيقة ضمن المهلة ({_timeout?.TotalSeconds:0.###} ثانية)."), decode, clock.Elapsed);
                    }
                }

                var toStore = new DocumentToStore(document, new DocumentMetadata(job.Id));
                // The JSON, layer rows and search terms are computed here, beside the other analyses, so that the one
                // writer only encodes and sends (counted in the analysis time).
                toStore = _store is PostgresDocumentStore ? toStore.Prepare(_search) : toStore;
                analyze = clock.Elapsed;
                analyzeCpu = ThreadCpu.Now() - cpu;
                written = _writer.WriteAsync(toStore, committed);
                Prepared();
            }
            finally
            {
                _slots.Release();
            }

            // The slot is free for the next analysis while this document waits for its group's commit.
            var w = await written.ConfigureAwait(false);
            if (w.Error is { } error)
            {
                return IsStoreUnavailable(error)
                    ? Unavailable(error, decode)
                    : new JobOutcome(JobStatus.Failed, null, new InputError("store-failed",
                        $"The database refused the document: {error.GetType().Name}: {error.Message}",
                        $"رفضت قاعدة البيانات الوثيقة: {error.Message}"), decode, analyze, w.Store, Wait: w.Wait) { AnalyzeCpu = analyzeCpu };
            }

            var result = w.Result!;
            return new JobOutcome(result.Created ? JobStatus.Stored : JobStatus.AlreadyStored, result, null, decode, analyze, w.Store, Wait: w.Wait) { AnalyzeCpu = analyzeCpu };
        }
        catch (Exception e) when (IsStoreUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            return Unavailable(e, decode);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A bug or a document the pipeline cannot handle: one try used, the batch goes on.
            return new JobOutcome(JobStatus.Failed, null, new InputError("analysis-failed",
                $"{e.GetType().Name}: {e.Message}", $"تعذّر تحليل الوثيقة أو حفظها: {e.Message}"), decode);
        }
        finally
        {
            Prepared();
        }
    }

    private static JobOutcome Unavailable(Exception e, TimeSpan decode) =>
        new(JobStatus.StoreUnavailable, null, new InputError("store-unavailable",
            $"The database is unavailable: {e.Message}", $"قاعدة البيانات غير متاحة: {e.Message}"), decode);

    /// <summary>Writes the documents still waiting for their group, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _slots.Dispose();
    }

    private DecodedInput Decode(DocumentJob job)
    {
        if (job.Text is not null)
        {
            return _decoder.FromString(job.Text, job.Id, job.Format);
        }

        var path = job.Path!;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return DecodedInput.Failure(InputError.NotFoundInput(path));
            }

            if (info.Length > _decoder.Options.MaxBytes)
            {
                return DecodedInput.Failure(InputError.TooLargeInput(info.Length, _decoder.Options.MaxBytes));
            }

            return _decoder.Decode(File.ReadAllBytes(path), path, job.Format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DecodedInput.Failure(InputError.UnreadableInput(path, e.Message));
        }
    }

    /// <summary>True for failures of the database connection (not of the document): retried without counting a try.</summary>
    public static bool IsStoreUnavailable(Exception e) => e switch
    {
        NpgsqlException { IsTransient: true } => true,
        System.Net.Sockets.SocketException or TimeoutException => true,
        _ when e.InnerException is { } inner => IsStoreUnavailable(inner),
        _ => false,
    };
}
