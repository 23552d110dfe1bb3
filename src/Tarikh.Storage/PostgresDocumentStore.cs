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
    /// <summary>The session setting that makes PostgreSQL compress large values (TOAST) with LZ4 instead of pglz.</summary>
    internal const string Lz4Option = "-c default_toast_compression=lz4";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private NpgsqlDataSource? _writeSource;

    /// <summary>Connects with an Npgsql connection string. Call <see cref="IDocumentStore.MigrateAsync"/> before use.</summary>
    public PostgresDocumentStore(string connectionString)
        : base(SqlDialect.Postgres)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>
    /// The connections the group writer uses: when the server offers LZ4 for TOAST (PostgreSQL 14 and later built with
    /// it, as Debian's), sessions whose large values — a document's analysis JSON, its text, its search vectors — are
    /// compressed with LZ4 instead of the default pglz. Measured on the bench's documents (docs/scale.md, round 5), pglz
    /// was about a tenth of PostgreSQL's CPU per stored document. Values are read back the same either way (each
    /// compressed value records its method). Decided once per store by asking the server; an <c>Options</c> of the
    /// connection string that already sets <c>default_toast_compression</c> is kept as it is.
    /// </summary>
    internal async ValueTask<NpgsqlDataSource> WriteSourceAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _writeSource) is { } ready)
        {
            return ready;
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writeSource is null)
            {
                var builder = new NpgsqlConnectionStringBuilder(_connectionString);
                var options = builder.Options ?? string.Empty;
                var changed = false;
                if (!options.Contains("default_toast_compression", StringComparison.Ordinal) && await OffersLz4Async(cancellationToken).ConfigureAwait(false))
                {
                    builder.Options = options.Length == 0 ? Lz4Option : options + " " + Lz4Option;
                    changed = true;
                }

                // The group writer's statements have the same text whatever the group's size (arrays through unnest), so
                // PostgreSQL can keep them parsed and planned: Npgsql prepares a statement once it was run a few times on
                // a connection. The writer changes no session setting, so a pooled connection needs no DISCARD ALL when
                // it is returned (one round trip's worth of work per group saved). A connection string that sets either
                // keeps its own value.
                if (!_connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase) && builder.MaxAutoPrepare == 0)
                {
                    builder.MaxAutoPrepare = 8;
                    changed = true;
                }

                if (!_connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
                {
                    builder.NoResetOnClose = true;
                    changed = true;
                }

                NpgsqlDataSource source = changed ? NpgsqlDataSource.Create(builder.ConnectionString) : _dataSource;
                Volatile.Write(ref _writeSource, source);
            }

            return _writeSource;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<bool> OffersLz4Async(CancellationToken cancellationToken)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals))", conn);
        return await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
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
    public async Task<IReadOnlyList<IngestResult>> SaveManyAsync(IReadOnlyList<DocumentToStore> documents, Search.PostgresSearchIndex? search = null, CancellationToken cancellationToken = default)
        => await PostgresGroupWriter.SaveAsync(await WriteSourceAsync(cancellationToken).ConfigureAwait(false), documents, search, AfterTableWritten, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var cmd = Command(connection, transaction, "SELECT pg_advisory_xact_lock(7261726)");
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (_writeSource is { } writer && !ReferenceEquals(writer, _dataSource))
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        _writeGate.Dispose();
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
