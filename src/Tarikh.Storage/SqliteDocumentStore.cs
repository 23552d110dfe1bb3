using System.Data.Common;
using Microsoft.Data.Sqlite;
using Tarikh.Storage.Sql;

namespace Tarikh.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), foreign keys on,
/// one writer at a time (serialized in-process), one transaction per document.
/// </summary>
public sealed class SqliteDocumentStore : SqlDocumentStore
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Opens (or creates) the database file. Call <see cref="IDocumentStore.MigrateAsync"/> before use.</summary>
    public SqliteDocumentStore(string path)
        : base(SqlDialect.Sqlite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        using var conn = new SqliteConnection(_connectionString);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;";
        cmd.ExecuteNonQuery();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens and migrates a store.</summary>
    public static async Task<SqliteDocumentStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var store = new SqliteDocumentStore(path);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var conn = new SqliteConnection(_connectionString);
        await conn.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return conn;
    }

    /// <inheritdoc />
    protected override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_writeGate);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        _writeGate.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return base.DisposeAsync();
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
