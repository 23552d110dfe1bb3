using Tarikh.Core.Text;
using Tarikh.Storage.Search;

namespace Tarikh.Storage;

/// <summary>Where a library lives.</summary>
/// <param name="Database">A SQLite file path, or a PostgreSQL connection string or URL.</param>
/// <param name="IndexPath">The search index folder; default: <c>&lt;db&gt;.index</c> beside a SQLite file, <c>tarikh-index</c> for PostgreSQL.</param>
public sealed record LibraryOptions(string Database = DocumentStore.DefaultPath, string? IndexPath = null)
{
    /// <summary>The index folder in force.</summary>
    public string ResolvedIndexPath => IndexPath ?? (DocumentStore.IsPostgres(Database) ? "tarikh-index" : Database + ".index");
}

/// <summary>
/// The store and the search index together: saving a document also indexes it. The store is the
/// source of truth; on open, documents stored but missing from the index (a crash between the two)
/// are indexed again from their stored analysis. Thread-safe.
/// </summary>
public sealed class TarikhLibrary : IAsyncDisposable
{
    private int _disposed;

    private TarikhLibrary(IDocumentStore store, SearchIndex index)
    {
        Store = store;
        Index = index;
        PostgresSearch = store is PostgresDocumentStore pg ? PostgresSearchIndex.For(pg) : null;
    }

    /// <summary>The search inside PostgreSQL when the store is PostgreSQL (searches go there), else null (Lucene).</summary>
    public PostgresSearchIndex? PostgresSearch { get; }

    /// <summary>The document store.</summary>
    public IDocumentStore Store { get; }

    /// <summary>The search index.</summary>
    public SearchIndex Index { get; }

    /// <summary>Opens (creating and migrating when needed) the store and the index, and brings the index up to date.</summary>
    public static async Task<TarikhLibrary> OpenAsync(LibraryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await DocumentStore.OpenAsync(options.Database, cancellationToken).ConfigureAwait(false);
        SearchIndex index;
        try
        {
            index = SearchIndex.Open(options.ResolvedIndexPath);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var library = new TarikhLibrary(store, index);
        try
        {
            await library.SyncIndexAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await library.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return library;
    }

    /// <summary>A library over an existing store with an in-memory index (tests).</summary>
    public static async Task<TarikhLibrary> CreateAsync(IDocumentStore store, SearchIndex index, CancellationToken cancellationToken = default)
    {
        var library = new TarikhLibrary(store, index);
        await library.SyncIndexAsync(cancellationToken).ConfigureAwait(false);
        return library;
    }

    /// <summary>Saves and indexes a document. With <paramref name="commit"/> false the caller commits the index later (batches).</summary>
    public async Task<IngestResult> AddAsync(AnalyzedDocument document, DocumentMetadata? metadata = null, bool commit = true, CancellationToken cancellationToken = default)
    {
        var result = await Store.SaveAsync(document, metadata, cancellationToken).ConfigureAwait(false);
        if (PostgresSearch is not null && (result.Created || !await PostgresSearch.ContainsAsync(result.Id, cancellationToken).ConfigureAwait(false)))
        {
            await PostgresSearch.AddAsync(IndexedDocument.From(result.Id, document, metadata?.SourcePath), cancellationToken).ConfigureAwait(false);
        }

        if (result.Created || !Index.Contains(result.Id))
        {
            Index.Add(IndexedDocument.From(result.Id, document, metadata?.SourcePath));
            if (commit)
            {
                Index.Commit();
            }
        }

        return result;
    }

    /// <summary>Searches: in PostgreSQL when the store is PostgreSQL, else in the Lucene index.</summary>
    public SearchOutcome Search(SearchRequest request) => PostgresSearch?.Search(request) ?? Index.Search(request);

    /// <summary>Indexes stored documents missing from the index; returns how many were added.</summary>
    public async Task<int> SyncIndexAsync(CancellationToken cancellationToken = default)
    {
        if (PostgresSearch is not null)
        {
            await PostgresSearch.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            await PostgresSearch.SyncAsync(Store, cancellationToken).ConfigureAwait(false);
        }

        var stats = await Store.StatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (stats.Documents == Index.Count)
        {
            return 0;
        }

        var added = 0;
        await foreach (var doc in Store.ListAsync(0, cancellationToken).ConfigureAwait(false))
        {
            if (!Index.Contains(doc.Id))
            {
                Index.Add(IndexedDocument.From(doc));
                added++;
            }
        }

        Index.Commit();
        return added;
    }

    /// <summary>Drops and rebuilds the index from the store.</summary>
    public async Task<int> RebuildIndexAsync(CancellationToken cancellationToken = default)
    {
        Index.Clear();
        var n = 0;
        await foreach (var doc in Store.ListAsync(0, cancellationToken).ConfigureAwait(false))
        {
            Index.Add(IndexedDocument.From(doc));
            n++;
        }

        Index.Commit();
        return n;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Index.Commit();
        Index.Dispose();
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}
