using System.Data.Common;
using Npgsql;
using Tarikh.Storage.Sql;

namespace Tarikh.Storage;

/// <summary>
/// The PostgreSQL store: same schema and migrations as SQLite, concurrent writers (the unique SHA-256
/// and <c>ON CONFLICT DO NOTHING</c> make concurrent ingest of the same text safe), one transaction per document
/// (<see cref="SaveAsync"/>) or per group of documents (<see cref="SaveManyAsync"/>); layer rows are written with
/// binary <c>COPY</c>.
/// </summary>
public sealed class PostgresDocumentStore : SqlDocumentStore
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects with an Npgsql connection string. Call <see cref="IDocumentStore.MigrateAsync"/> before use.</summary>
    public PostgresDocumentStore(string connectionString)
        : base(SqlDialect.Postgres)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The connection pool (the PostgreSQL search shares it).</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>Opens and migrates a store.</summary>
    public static async Task<PostgresDocumentStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var store = new PostgresDocumentStore(connectionString);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<IngestResult> SaveAsync(Core.Text.AnalyzedDocument document, DocumentMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var results = await SaveManyAsync([new DocumentToStore(document, metadata)], null, cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>
    /// Saves several documents in one transaction: all of them or none. A text already stored (or repeated in the
    /// group) is not written again and comes back with <see cref="IngestResult.Created"/> false and the stored id.
    /// With <paramref name="search"/>, the search rows of every new document are written in the same transaction,
    /// so a stored document always has them. Results are in the order of <paramref name="documents"/>.
    /// </summary>
    public Task<IReadOnlyList<IngestResult>> SaveManyAsync(IReadOnlyList<DocumentToStore> documents, Search.PostgresSearchIndex? search = null, CancellationToken cancellationToken = default)
        => PostgresGroupWriter.SaveAsync(_dataSource, documents, search, AfterTableWritten, cancellationToken);

    /// <inheritdoc />
    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var cmd = Command(connection, transaction, "SELECT pg_advisory_xact_lock(7261726)");
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
