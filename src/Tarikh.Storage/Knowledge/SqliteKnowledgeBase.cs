using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Tarikh.Core.Knowledge;

namespace Tarikh.Storage.Knowledge;

/// <summary>Where an import of one source stopped (for resuming).</summary>
/// <param name="Source">The source key (full path, size and modification time).</param>
/// <param name="Line">Last line committed.</param>
/// <param name="Offset">Byte offset (in the decompressed stream) after that line.</param>
/// <param name="Entities">Entities stored from it so far.</param>
/// <param name="Done">True when the source was imported to its end.</param>
public sealed record KbCheckpoint(string Source, long Line, long Offset, long Entities, bool Done);

/// <summary>
/// The knowledge base in one SQLite file (the default store): entities as their Wikidata JSON (what was
/// kept), a name index (normalized names, skeletons, words) with a B-tree per lookup, and import
/// checkpoints. On disk, not in memory: lookups read pages on demand; bounded caches keep recent entities and lookups.
/// Reads are thread-safe; writes are serialized by the caller (the importer writes from one thread).
/// </summary>
public sealed class SqliteKnowledgeBase : IKnowledgeStore
{
    private const int CacheLimit = 50_000;
    private readonly string _connectionString;
    private readonly ConcurrentDictionary<string, KbEntity?> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Key, KbKeyKind Kind, int Limit), IReadOnlyList<string>> _lookups = new();
    private readonly ConcurrentBag<Reader> _readers = [];
    private readonly KbNames _names;
    private SqliteConnection? _writer;

    /// <summary>Opens (or creates) a knowledge base file and creates its tables.</summary>
    public SqliteKnowledgeBase(string path, KbNames? names = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _names = names ?? KbNames.Default;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        using var conn = Open();
        Exec(conn, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS kb_entity(id TEXT PRIMARY KEY, type INTEGER NOT NULL, json BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS kb_name(key TEXT NOT NULL, kind INTEGER NOT NULL, id TEXT NOT NULL, PRIMARY KEY(key, kind, id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS kb_name_by_id ON kb_name(id);
            CREATE TABLE IF NOT EXISTS kb_import(source TEXT PRIMARY KEY, line INTEGER NOT NULL, offset INTEGER NOT NULL, entities INTEGER NOT NULL, done INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS kb_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT OR IGNORE INTO kb_meta(key, value) VALUES ('format', 'tarikh-kb/1');
            """);
    }

    /// <summary>Full path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public long Count
    {
        get
        {
            using var conn = Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM kb_entity";
            return (long)cmd.ExecuteScalar()!;
        }
    }

    private SqliteConnection Open()
    {
        var conn = new SqliteConnection(_connectionString);
        conn.Open();
        Exec(conn, "PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;");
        return conn;
    }

    private static void Exec(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    // A reading connection with its two hot statements prepared once (an entity by id, ids by name key): preparing
    // them for every call was a fifth of a lookup's cost.
    private sealed class Reader : IDisposable
    {
        public Reader(SqliteConnection conn)
        {
            Connection = conn;

            // Pages the OS already caches are read in place rather than copied into a new connection's empty cache:
            // a process that opens the KB for one document reads a few thousand pages of a multi-GB file.
            using (var mmap = conn.CreateCommand())
            {
                mmap.CommandText = "PRAGMA mmap_size=1073741824;";
                mmap.ExecuteNonQuery();
            }

            Get = conn.CreateCommand();
            Get.CommandText = "SELECT json FROM kb_entity WHERE id = $id";
            GetId = Get.Parameters.Add("$id", SqliteType.Text);
            Get.Prepare();
            Lookup = conn.CreateCommand();
            Lookup.CommandText = "SELECT id FROM kb_name WHERE key = $key AND kind = $kind ORDER BY id LIMIT $limit";
            LookupKey = Lookup.Parameters.Add("$key", SqliteType.Text);
            LookupKind = Lookup.Parameters.Add("$kind", SqliteType.Integer);
            LookupLimit = Lookup.Parameters.Add("$limit", SqliteType.Integer);
            Lookup.Prepare();
        }

        public SqliteConnection Connection { get; }

        public SqliteCommand Get { get; }

        public SqliteParameter GetId { get; }

        public SqliteCommand Lookup { get; }

        public SqliteParameter LookupKey { get; }

        public SqliteParameter LookupKind { get; }

        public SqliteParameter LookupLimit { get; }

        public void Dispose()
        {
            Get.Dispose();
            Lookup.Dispose();
            Connection.Dispose();
        }
    }

    private T Read<T>(Func<SqliteConnection, T> body) => ReadWith(r => body(r.Connection));

    private T ReadWith<T>(Func<Reader, T> body)
    {
        if (!_readers.TryTake(out var reader))
        {
            reader = new Reader(Open());
        }

        try
        {
            return body(reader);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    /// <inheritdoc />
    public KbEntity? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_cache.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var entity = ReadWith(r =>
        {
            r.GetId.Value = id;
            return r.Get.ExecuteScalar() is byte[] json ? WikidataJsonReader.Read(json).Entity : null;
        });
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[id] = entity;
        return entity;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Lookup(string key, KbKeyKind kind, int limit)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_lookups.TryGetValue((key, kind, limit), out var cached))
        {
            return cached;
        }

        var found = ReadWith(reader =>
        {
            reader.LookupKey.Value = key;
            reader.LookupKind.Value = (int)kind;
            reader.LookupLimit.Value = limit;
            var ids = new List<string>();
            using var r = reader.Lookup.ExecuteReader();
            while (r.Read())
            {
                ids.Add(r.GetString(0));
            }

            return (IReadOnlyList<string>)ids.AsReadOnly();
        });
        if (_lookups.Count >= CacheLimit)
        {
            _lookups.Clear();
        }

        _lookups[(key, kind, limit)] = found;
        return found;
    }

    /// <summary>Ids whose name keys of a kind start with a prefix (for search), at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<(string Id, string Key)> LookupPrefix(string prefix, KbKeyKind kind, int limit)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return Read(conn =>
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT id, key FROM kb_name WHERE key >= $lo AND key < $hi AND kind = $kind LIMIT $limit";
            cmd.Parameters.AddWithValue("$lo", prefix);
            cmd.Parameters.AddWithValue("$hi", prefix + "\uFFFF");
            cmd.Parameters.AddWithValue("$kind", (int)kind);
            cmd.Parameters.AddWithValue("$limit", limit);
            var ids = new List<(string, string)>();
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                ids.Add((r.GetString(0), r.GetString(1)));
            }

            return (IReadOnlyList<(string, string)>)ids;
        });
    }

    /// <summary>The stored JSON of an entity (Wikidata's entity shape), or null.</summary>
    public byte[]? GetJson(string id) => Read(conn =>
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT json FROM kb_entity WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as byte[];
    });

    /// <summary>The checkpoint of a source, or null.</summary>
    public KbCheckpoint? Checkpoint(string source)
    {
        using var conn = Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT line, offset, entities, done FROM kb_import WHERE source = $s";
        cmd.Parameters.AddWithValue("$s", source);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new KbCheckpoint(source, r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3) != 0) : null;
    }

    /// <summary>
    /// Stores a batch of entities (replacing any with the same id and their names) and the source's
    /// checkpoint in one transaction: an interrupted import resumes after the last committed batch.
    /// </summary>
    public void Write(IReadOnlyList<KbEntity> entities, KbCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(entities);
        _writer ??= Open();
        using var tx = _writer.BeginTransaction();
        using var delete = _writer.CreateCommand();
        delete.Transaction = tx;
        delete.CommandText = "DELETE FROM kb_name WHERE id = $id";
        var delId = delete.Parameters.Add("$id", SqliteType.Text);
        using var insert = _writer.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT OR REPLACE INTO kb_entity(id, type, json) VALUES ($id, $type, $json)";
        var insId = insert.Parameters.Add("$id", SqliteType.Text);
        var insType = insert.Parameters.Add("$type", SqliteType.Integer);
        var insJson = insert.Parameters.Add("$json", SqliteType.Blob);
        using var name = _writer.CreateCommand();
        name.Transaction = tx;
        name.CommandText = "INSERT OR IGNORE INTO kb_name(key, kind, id) VALUES ($key, $kind, $id)";
        var nKey = name.Parameters.Add("$key", SqliteType.Text);
        var nKind = name.Parameters.Add("$kind", SqliteType.Integer);
        var nId = name.Parameters.Add("$id", SqliteType.Text);
        foreach (var e in entities)
        {
            delId.Value = e.Id;
            delete.ExecuteNonQuery();
            insId.Value = e.Id;
            insType.Value = (int)KbTypes.Of(e);
            insJson.Value = WikidataJsonWriter.ToUtf8(e);
            insert.ExecuteNonQuery();
            foreach (var (key, kind) in _names.IndexKeys(e))
            {
                nKey.Value = key;
                nKind.Value = (int)kind;
                nId.Value = e.Id;
                name.ExecuteNonQuery();
            }

            _cache.TryRemove(e.Id, out _);
        }

        _lookups.Clear();

        if (checkpoint is not null)
        {
            using var cp = _writer.CreateCommand();
            cp.Transaction = tx;
            cp.CommandText = "INSERT OR REPLACE INTO kb_import(source, line, offset, entities, done) VALUES ($s, $l, $o, $e, $d)";
            cp.Parameters.AddWithValue("$s", checkpoint.Source);
            cp.Parameters.AddWithValue("$l", checkpoint.Line);
            cp.Parameters.AddWithValue("$o", checkpoint.Offset);
            cp.Parameters.AddWithValue("$e", checkpoint.Entities);
            cp.Parameters.AddWithValue("$d", checkpoint.Done ? 1 : 0);
            cp.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer?.Dispose();
        while (_readers.TryTake(out var c))
        {
            c.Dispose();
        }
    }
}
