using Tarikh.Core.Text;

namespace Tarikh.Storage;

/// <summary>
/// A store of analyzed documents: the original text, its SHA-256, source and ingest time, the tarikh/1
/// analysis (the record of every layer), and queryable tables of what the event query reads: events (with
/// participants) and the entity clusters they name (with aliases). One transaction per document: a document is stored whole or not at all. Saving the same
/// text twice is a no-op (the SHA-256 is unique). Implementations are thread-safe.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgresql</c>.</summary>
    string Backend { get; }

    /// <summary>Creates or upgrades the schema to <see cref="Migrations.Latest"/>. Safe to call repeatedly.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The schema version in the database (0 when empty).</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves a document and its layers in one transaction, unless the same text is already stored.</summary>
    Task<IngestResult> SaveAsync(AnalyzedDocument document, DocumentMetadata? metadata = null, CancellationToken cancellationToken = default);

    /// <summary>The id of the document with this SHA-256, or null.</summary>
    Task<long?> FindAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>A document by id, or null.</summary>
    Task<StoredDocument?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Documents in id order, starting after <paramref name="afterId"/>.</summary>
    IAsyncEnumerable<StoredDocument> ListAsync(long afterId = 0, CancellationToken cancellationToken = default);

    /// <summary>Row counts.</summary>
    Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Events matching a query, by date then document.</summary>
    Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);
}
