using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Tarikh.Core.Text;

namespace Tarikh.Storage.Sql;

/// <summary>
/// The ADO.NET store shared by the SQLite and PostgreSQL backends: same schema, same SQL (parameters
/// written <c>@name</c>, <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c>), one transaction per document.
/// </summary>
public abstract class SqlDocumentStore : IDocumentStore
{
    /// <summary>Creates the store for a dialect.</summary>
    protected SqlDocumentStore(SqlDialect dialect) => Dialect = dialect;

    /// <summary>The SQL dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <inheritdoc />
    public string Backend => Dialect.Name;

    /// <summary>Test hook: called after each table of a document is written, inside its transaction.</summary>
    internal Action<string>? AfterTableWritten { get; set; }

    /// <summary>Opens a connection (pooled).</summary>
    protected abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Serializes writers where the backend needs it (SQLite); the default does nothing.</summary>
    protected virtual ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // Under the migration lock too: two workers opening a fresh PostgreSQL database at once would otherwise both
        // create the table, and one fails on the catalog's unique index ("pg_type_typname_nsp_index").
        await using (var first = await conn.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await LockForMigrationAsync(conn, first, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(conn, first, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
            await first.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        foreach (var migration in Migrations.All)
        {
            await using var tx = await conn.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await LockForMigrationAsync(conn, tx, cancellationToken).ConfigureAwait(false);
            var current = await CurrentVersionAsync(conn, tx, cancellationToken).ConfigureAwait(false);
            if (migration.Version <= current)
            {
                await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var sql in migration.Statements(Dialect))
            {
                await ExecuteAsync(conn, tx, sql, cancellationToken).ConfigureAwait(false);
            }

            await using (var cmd = Command(conn, tx, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @t)"))
            {
                Add(cmd, "v", migration.Version);
                Add(cmd, "n", migration.Name);
                Add(cmd, "t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes a lock so that concurrent migrators apply each migration once (PostgreSQL: advisory lock).</summary>
    protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await CurrentVersionAsync(conn, null, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            return 0;
        }
    }

    private static async Task<int> CurrentVersionAsync(DbConnection conn, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        var v = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return Convert.ToInt32(v, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public virtual async Task<IngestResult> SaveAsync(AnalyzedDocument document, DocumentMetadata? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        metadata ??= new DocumentMetadata();
        var sha = document.Source.Sha256;
        var rows = DocumentRows.From(document);
        var json = DocumentRows.AnalysisJson(document);
        var at = (metadata.IngestedAt ?? DateTimeOffset.UtcNow).ToUniversalTime();

        using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long id;
        await using (var cmd = Command(conn, tx, """
            INSERT INTO documents (sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
            VALUES (@sha, @path, @at, @len, @text, @json, @schema)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id
            """))
        {
            Add(cmd, "sha", sha);
            Add(cmd, "path", metadata.SourcePath ?? document.Source.Path);
            Add(cmd, "at", at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            Add(cmd, "len", document.Source.Length);
            Add(cmd, "text", document.Source.Text);
            Add(cmd, "json", json);
            Add(cmd, "schema", Core.Output.DocumentJsonWriter.Schema);
            var result = await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (result is null or DBNull)
            {
                await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                var existing = await FindAsync(conn, sha, cancellationToken).ConfigureAwait(false);
                return new IngestResult(existing ?? throw new InvalidOperationException("Conflicting document vanished: " + sha), sha, false);
            }

            id = Convert.ToInt64(result, CultureInfo.InvariantCulture);
        }

        AfterTableWritten?.Invoke("documents");
        await WriteClustersAsync(conn, tx, id, rows, cancellationToken).ConfigureAwait(false);
        AfterTableWritten?.Invoke("clusters");
        await WriteEventsAsync(conn, tx, id, rows, cancellationToken).ConfigureAwait(false);
        AfterTableWritten?.Invoke("events");
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IngestResult(id, sha, true);
    }

    private static async Task WriteClustersAsync(DbConnection conn, DbTransaction tx, long id, DocumentRows rows, CancellationToken ct)
    {
        if (rows.Clusters.IsEmpty)
        {
            return;
        }

        var batch = new RowBatch();
        await using var cmd = Command(conn, tx, """
            INSERT INTO clusters (document_id, cluster_id, name)
            VALUES (@d, @c, @name)
            """);
        await using var alias = Command(conn, tx, "INSERT INTO aliases (document_id, cluster_id, alias) VALUES (@d, @c, @a)");
        foreach (var c in rows.Clusters)
        {
            cmd.Parameters.Clear();
            Add(cmd, "d", id);
            Add(cmd, "c", c.Id);
            Add(cmd, "name", c.Name);
            batch.Add(cmd);
            foreach (var a in c.Aliases)
            {
                alias.Parameters.Clear();
                Add(alias, "d", id);
                Add(alias, "c", c.Id);
                Add(alias, "a", a);
                batch.Add(alias);
            }
        }

        await batch.FlushAsync(conn, tx, ct).ConfigureAwait(false);
    }

    private static async Task WriteEventsAsync(DbConnection conn, DbTransaction tx, long id, DocumentRows rows, CancellationToken ct)
    {
        if (rows.Events.IsEmpty)
        {
            return;
        }

        var batch = new RowBatch();
        await using var cmd = Command(conn, tx, """
            INSERT INTO events (document_id, idx, type, trigger_start, trigger_end, trigger_text, date_start, date_end, start_day, end_day, place_cluster)
            VALUES (@d, @i, @type, @s, @e, @text, @ds, @de, @sd, @ed, @place)
            """);
        await using var part = Command(conn, tx, "INSERT INTO participants (document_id, event_idx, role, cluster_id) VALUES (@d, @i, @role, @c)");
        foreach (var e in rows.Events)
        {
            cmd.Parameters.Clear();
            Add(cmd, "d", id);
            Add(cmd, "i", e.Index);
            Add(cmd, "type", e.Type);
            Add(cmd, "s", e.TriggerStart);
            Add(cmd, "e", e.TriggerEnd);
            Add(cmd, "text", e.TriggerText);
            Add(cmd, "ds", e.DateStart);
            Add(cmd, "de", e.DateEnd);
            Add(cmd, "sd", e.StartDay);
            Add(cmd, "ed", e.EndDay);
            Add(cmd, "place", e.Place);
            batch.Add(cmd);
            foreach (var (role, cluster) in e.Participants)
            {
                part.Parameters.Clear();
                Add(part, "d", id);
                Add(part, "i", e.Index);
                Add(part, "role", role);
                Add(part, "c", cluster);
                batch.Add(part);
            }
        }

        await batch.FlushAsync(conn, tx, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<long?> FindAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(conn, sha256, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long?> FindAsync(DbConnection conn, string sha256, CancellationToken ct)
    {
        await using var cmd = Command(conn, null, "SELECT id FROM documents WHERE sha256 = @sha");
        Add(cmd, "sha", sha256);
        var v = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return v is null or DBNull ? null : Convert.ToInt64(v, CultureInfo.InvariantCulture);
    }

    private const string DocumentColumns = "id, sha256, source_path, ingested_at, text, analysis_json";

    /// <inheritdoc />
    public async Task<StoredDocument?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(conn, null, $"SELECT {DocumentColumns} FROM documents WHERE id = @id");
        Add(cmd, "id", id);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDocument(r) : null;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredDocument> ListAsync(long afterId = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int batch = 200;
        var last = afterId;
        while (true)
        {
            var page = new List<StoredDocument>(batch);
            await using (var conn = await OpenAsync(cancellationToken).ConfigureAwait(false))
            await using (var cmd = Command(conn, null, $"SELECT {DocumentColumns} FROM documents WHERE id > @after ORDER BY id LIMIT {batch}"))
            {
                Add(cmd, "after", last);
                await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    page.Add(ReadDocument(r));
                }
            }

            foreach (var d in page)
            {
                yield return d;
            }

            if (page.Count < batch)
            {
                yield break;
            }

            last = page[^1].Id;
        }
    }

    private static StoredDocument ReadDocument(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        r.GetString(4),
        r.GetString(5));

    /// <inheritdoc />
    public async Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = Command(conn, null, """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM clusters), (SELECT COUNT(*) FROM aliases),
                   (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM participants)
            """);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await r.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStatistics(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var conn = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        var where = new List<string>();
        if (query.From is { } from)
        {
            where.Add("e.end_day >= @from");
            Add(cmd, "from", DayNumber.Of(from));
        }

        if (query.To is { } to)
        {
            where.Add("e.start_day <= @to");
            Add(cmd, "to", DayNumber.Of(to));
        }

        if (query.Type is { Length: > 0 } type)
        {
            where.Add("e.type = @type");
            Add(cmd, "type", type);
        }

        if (query.Place is { Length: > 0 } place)
        {
            where.Add("""
                EXISTS (SELECT 1 FROM clusters pc WHERE pc.document_id = e.document_id AND pc.cluster_id = e.place_cluster
                        AND (pc.name LIKE @place OR EXISTS (SELECT 1 FROM aliases pa WHERE pa.document_id = pc.document_id AND pa.cluster_id = pc.cluster_id AND pa.alias LIKE @place)))
                """);
            Add(cmd, "place", "%" + place + "%");
        }

        if (query.Participant is { Length: > 0 } who)
        {
            where.Add("""
                EXISTS (SELECT 1 FROM participants p JOIN clusters c ON c.document_id = p.document_id AND c.cluster_id = p.cluster_id
                        WHERE p.document_id = e.document_id AND p.event_idx = e.idx
                        AND (c.name LIKE @who OR EXISTS (SELECT 1 FROM aliases a WHERE a.document_id = c.document_id AND a.cluster_id = c.cluster_id AND a.alias LIKE @who)))
                """);
            Add(cmd, "who", "%" + who + "%");
        }

        var limit = Math.Clamp(query.Limit, 1, 10_000);
        cmd.CommandText = $"""
            SELECT e.document_id, e.idx, e.type, e.trigger_text, e.trigger_start, e.trigger_end, e.date_start, e.date_end, pl.name
            FROM events e LEFT JOIN clusters pl ON pl.document_id = e.document_id AND pl.cluster_id = e.place_cluster
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : string.Empty)}
            ORDER BY e.start_day, e.document_id, e.idx
            LIMIT {limit}
            """;
        var rows = new List<(long Doc, int Idx, string Type, string Trigger, int S, int E, string? Ds, string? De, string? Place)>();
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5),
                    r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8)));
            }
        }

        var result = new List<StoredEvent>(rows.Count);
        await using var names = Command(conn, null, """
            SELECT c.name FROM participants p JOIN clusters c ON c.document_id = p.document_id AND c.cluster_id = p.cluster_id
            WHERE p.document_id = @d AND p.event_idx = @i ORDER BY c.cluster_id
            """);
        foreach (var row in rows)
        {
            names.Parameters.Clear();
            Add(names, "d", row.Doc);
            Add(names, "i", row.Idx);
            var people = ImmutableArray.CreateBuilder<string>();
            await using (var r = await names.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    people.Add(r.GetString(0));
                }
            }

            result.Add(new StoredEvent(row.Doc, row.Idx, row.Type, row.Trigger, row.S, row.E, row.Ds, row.De, row.Place, people.ToImmutable()));
        }

        return result;
    }

    /// <summary>Creates a command bound to a connection and transaction.</summary>
    protected static DbCommand Command(DbConnection conn, DbTransaction? tx, string sql)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    /// <summary>Executes a statement.</summary>
    protected static async Task ExecuteAsync(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = Command(conn, tx, sql);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Adds a text parameter (null becomes a typed NULL).</summary>
    protected static void Add(DbCommand cmd, string name, string? value) => AddCore(cmd, name, value, DbType.String);

    /// <summary>Adds a 32-bit integer parameter.</summary>
    protected static void Add(DbCommand cmd, string name, int? value) => AddCore(cmd, name, value, DbType.Int32);

    /// <summary>Adds a 64-bit integer parameter.</summary>
    protected static void Add(DbCommand cmd, string name, long? value) => AddCore(cmd, name, value, DbType.Int64);

    /// <summary>Adds a floating-point parameter.</summary>
    protected static void Add(DbCommand cmd, string name, double? value) => AddCore(cmd, name, value, DbType.Double);

    private static void AddCore(DbCommand cmd, string name, object? value, DbType type)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    /// <summary>
    /// The rows of one table, sent in one round trip where the provider can batch (PostgreSQL), else one
    /// statement after another (SQLite, in-process). Each added command's parameters are copied, so the
    /// command can be reused for the next row.
    /// </summary>
    private sealed class RowBatch
    {
        private readonly List<(string Sql, List<(string Name, DbType Type, object? Value)> Parameters)> _rows = [];

        public void Add(DbCommand cmd) =>
            _rows.Add((cmd.CommandText, [.. cmd.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.DbType, p.Value))]));

        public async Task FlushAsync(DbConnection conn, DbTransaction tx, CancellationToken ct)
        {
            if (_rows.Count == 0)
            {
                return;
            }

            if (conn.CanCreateBatch)
            {
                await using var batch = conn.CreateBatch();
                batch.Transaction = tx;
                foreach (var (sql, parameters) in _rows)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = sql;
                    foreach (var (name, type, value) in parameters)
                    {
                        var p = command.CreateParameter();
                        p.ParameterName = name;
                        p.DbType = type;
                        p.Value = value;
                        command.Parameters.Add(p);
                    }

                    batch.BatchCommands.Add(command);
                }

                await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            else
            {
                foreach (var (sql, parameters) in _rows)
                {
                    await using var cmd = Command(conn, tx, sql);
                    foreach (var (name, type, value) in parameters)
                    {
                        AddCore(cmd, name, value, type);
                    }

                    await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            }

            _rows.Clear();
        }
    }

    /// <inheritdoc />
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
