using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;
using Tarikh.Core.Knowledge;

namespace Tarikh.Storage.Knowledge;

/// <summary>
/// The knowledge base in PostgreSQL (for a KB shared by several workers): the same tables as the SQLite
/// file — entities as their Wikidata JSON, the name index, import checkpoints — in the connection's
/// schema. Batches are written with arrays (<c>unnest</c>) in one transaction with their checkpoint.
/// Thread-safe for reading (pooled connections); the importer writes from one thread.
/// </summary>
public sealed class PostgresKnowledgeBase : IKnowledgeStore
{
    private const int CacheLimit = 50_000;
    private readonly NpgsqlDataSource _data;
    private readonly ConcurrentDictionary<string, KbEntity?> _cache = new(StringComparer.Ordinal);
    private readonly KbNames _names;

    /// <summary>Connects and creates the tables if needed.</summary>
    public PostgresKnowledgeBase(string connectionString, KbNames? names = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _names = names ?? KbNames.Default;
        _data = NpgsqlDataSource.Create(connectionString);
        using var conn = _data.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            CREATE TABLE IF NOT EXISTS kb_entity(id text PRIMARY KEY, type integer NOT NULL, json bytea NOT NULL);
            CREATE TABLE IF NOT EXISTS kb_name(key text NOT NULL, kind integer NOT NULL, id text NOT NULL, PRIMARY KEY(key, kind, id));
            CREATE INDEX IF NOT EXISTS kb_name_by_id ON kb_name(id);
            CREATE TABLE IF NOT EXISTS kb_import(source text PRIMARY KEY, line bigint NOT NULL, "offset" bigint NOT NULL, entities bigint NOT NULL, done boolean NOT NULL);
            """, conn);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public long Count
    {
        get
        {
            using var cmd = _data.CreateCommand("SELECT count(*) FROM kb_entity");
            return (long)cmd.ExecuteScalar()!;
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

        using var cmd = _data.CreateCommand("SELECT json FROM kb_entity WHERE id = $1");
        cmd.Parameters.AddWithValue(id);
        var entity = cmd.ExecuteScalar() is byte[] json ? WikidataJsonReader.Read(json).Entity : null;
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
        using var cmd = _data.CreateCommand("SELECT id FROM kb_name WHERE key = $1 AND kind = $2 ORDER BY id LIMIT $3");
        cmd.Parameters.AddWithValue(key);
        cmd.Parameters.AddWithValue((int)kind);
        cmd.Parameters.AddWithValue(limit);
        var ids = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            ids.Add(r.GetString(0));
        }

        return ids;
    }

    /// <inheritdoc />
    public KbCheckpoint? Checkpoint(string source)
    {
        using var cmd = _data.CreateCommand("SELECT line, \"offset\", entities, done FROM kb_import WHERE source = $1");
        cmd.Parameters.AddWithValue(source);
        using var r = cmd.ExecuteReader();
        return r.Read() ? new KbCheckpoint(source, r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetBoolean(3)) : null;
    }

    /// <inheritdoc />
    public void Write(IReadOnlyList<KbEntity> entities, KbCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var ids = new string[entities.Count];
        var types = new int[entities.Count];
        var jsons = new byte[entities.Count][];
        var keys = new List<string>();
        var kinds = new List<int>();
        var keyIds = new List<string>();
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            ids[i] = e.Id;
            types[i] = (int)KbTypes.Of(e);
            jsons[i] = WikidataJsonWriter.ToUtf8(e);
            foreach (var (key, kind) in _names.IndexKeys(e))
            {
                keys.Add(key);
                kinds.Add((int)kind);
                keyIds.Add(e.Id);
            }

            _cache.TryRemove(e.Id, out _);
        }

        using var conn = _data.OpenConnection();
        using var tx = conn.BeginTransaction();
        if (entities.Count > 0)
        {
            using (var del = new NpgsqlCommand("DELETE FROM kb_name WHERE id = ANY($1)", conn, tx))
            {
                del.Parameters.AddWithValue(ids);
                del.ExecuteNonQuery();
            }

            using (var ins = new NpgsqlCommand("""
                INSERT INTO kb_entity(id, type, json) SELECT * FROM unnest($1::text[], $2::integer[], $3::bytea[])
                ON CONFLICT (id) DO UPDATE SET type = excluded.type, json = excluded.json
                """, conn, tx))
            {
                ins.Parameters.AddWithValue(ids);
                ins.Parameters.AddWithValue(types);
                ins.Parameters.Add(new NpgsqlParameter { Value = jsons, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
                ins.ExecuteNonQuery();
            }

            using var names = new NpgsqlCommand("INSERT INTO kb_name(key, kind, id) SELECT * FROM unnest($1::text[], $2::integer[], $3::text[]) ON CONFLICT DO NOTHING", conn, tx);
            names.Parameters.AddWithValue(keys.ToArray());
            names.Parameters.AddWithValue(kinds.ToArray());
            names.Parameters.AddWithValue(keyIds.ToArray());
            names.ExecuteNonQuery();
        }

        if (checkpoint is not null)
        {
            using var cp = new NpgsqlCommand("""
                INSERT INTO kb_import(source, line, "offset", entities, done) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (source) DO UPDATE SET line = excluded.line, "offset" = excluded."offset", entities = excluded.entities, done = excluded.done
                """, conn, tx);
            cp.Parameters.AddWithValue(checkpoint.Source);
            cp.Parameters.AddWithValue(checkpoint.Line);
            cp.Parameters.AddWithValue(checkpoint.Offset);
            cp.Parameters.AddWithValue(checkpoint.Entities);
            cp.Parameters.AddWithValue(checkpoint.Done);
            cp.ExecuteNonQuery();
        }

        tx.Commit();
    }

    /// <inheritdoc />
    public void Dispose() => _data.Dispose();
}
