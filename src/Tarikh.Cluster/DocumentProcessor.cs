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
}

/// <summary>The outcome of processing one delivery.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Result">The store's answer when stored or already stored.</param>
/// <param name="Error">The error, when it failed.</param>
/// <param name="Decode">Time spent reading and decoding.</param>
/// <param name="Analyze">Time spent in the pipeline.</param>
/// <param name="Store">Time spent writing the document to the store (one transaction).</param>
/// <param name="Search">Time spent writing its PostgreSQL search rows.</param>
public sealed record JobOutcome(JobStatus Status, IngestResult? Result, InputError? Error, TimeSpan Decode = default, TimeSpan Analyze = default, TimeSpan Store = default, TimeSpan Search = default);

/// <summary>
/// Analyzes one job and commits it to the store in one transaction (a document is stored whole or not at
/// all). Idempotent on the text's SHA-256: a text already stored is neither analyzed nor written again, so
/// at-least-once delivery stores each document exactly once. Never throws for a bad document: every
/// failure is an outcome. Thread-safe.
/// </summary>
public sealed class DocumentProcessor
{
    private readonly AnalysisPipeline _pipeline;
    private readonly IDocumentStore _store;
    private readonly InputDecoder _decoder;
    private readonly TimeSpan? _timeout;
    private readonly Storage.Search.PostgresSearchIndex? _search;

    /// <summary>Creates a processor.</summary>
    /// <param name="pipeline">The analysis pipeline (shared by all concurrent jobs).</param>
    /// <param name="store">Where documents are committed.</param>
    /// <param name="timeout">Time limit per document, or null for none.</param>
    /// <param name="decoder">Decodes texts and files (default options when null).</param>
    /// <param name="search">The PostgreSQL search written after each stored document (its schema ensured), or null.</param>
    public DocumentProcessor(AnalysisPipeline pipeline, IDocumentStore store, TimeSpan? timeout = null, InputDecoder? decoder = null, Storage.Search.PostgresSearchIndex? search = null)
    {
        _search = search;
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _timeout = timeout;
        _decoder = decoder ?? new InputDecoder();
    }

    /// <summary>Processes one job.</summary>
    public async Task<JobOutcome> ProcessAsync(DocumentJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var clock = Stopwatch.StartNew();
        var decoded = Decode(job);
        var decode = clock.Elapsed;
        if (!decoded.IsSuccess)
        {
            // A path that cannot be read now may be readable later (a share being mounted): a try. A text
            // that is empty, binary or too large stays so: rejected at once.
            var retry = job.Path is not null && decoded.Error!.Code is InputError.NotFound or InputError.Unreadable;
            return new JobOutcome(retry ? JobStatus.Failed : JobStatus.Rejected, null, decoded.Error, decode);
        }

        var text = decoded.Text!;
        try
        {
            if (await _store.FindAsync(text.Sha256, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                // Stored by a worker that died before writing the search rows: write them now.
                if (_search is not null && !await _search.ContainsAsync(existing, cancellationToken).ConfigureAwait(false)
                    && await _store.GetAsync(existing, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    await _search.AddAsync(Storage.Search.IndexedDocument.From(stored), cancellationToken).ConfigureAwait(false);
                }

                return new JobOutcome(JobStatus.AlreadyStored, new IngestResult(existing, text.Sha256, false), null, decode);
            }

            clock.Restart();
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

            var analyze = clock.Elapsed;
            clock.Restart();
            var result = await _store.SaveAsync(document, new DocumentMetadata(job.Id), cancellationToken).ConfigureAwait(false);
            var store = clock.Elapsed;
            clock.Restart();
            if (_search is not null && result.Created)
            {
                // After the document's own transaction: a crash in between leaves a document without search
                // rows, which its redelivery (above) or the next library open (SyncAsync) writes.
                await _search.AddAsync(Storage.Search.IndexedDocument.From(result.Id, document, job.Id), cancellationToken).ConfigureAwait(false);
            }

            return new JobOutcome(result.Created ? JobStatus.Stored : JobStatus.AlreadyStored, result, null, decode, analyze, store, clock.Elapsed);
        }
        catch (Exception e) when (IsStoreUnavailable(e) && !cancellationToken.IsCancellationRequested)
        {
            return new JobOutcome(JobStatus.StoreUnavailable, null, new InputError("store-unavailable",
                $"The database is unavailable: {e.Message}", $"قاعدة البيانات غير متاحة: {e.Message}"), decode);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A bug or a document the pipeline cannot handle: one try used, the batch goes on.
            return new JobOutcome(JobStatus.Failed, null, new InputError("analysis-failed",
                $"{e.GetType().Name}: {e.Message}", $"تعذّر تحليل الوثيقة أو حفظها: {e.Message}"), decode);
        }
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
