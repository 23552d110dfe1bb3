using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Tarikh.Core.Text;
using Tarikh.Storage.Search;

namespace Tarikh.Storage;

/// <summary>A document to store with others in one transaction (<see cref="PostgresDocumentStore.SaveManyAsync"/>).</summary>
/// <param name="Document">The analyzed document.</param>
/// <param name="Metadata">Its source and ingest time (default: none, now).</param>
public sealed record DocumentToStore(AnalyzedDocument Document, DocumentMetadata? Metadata = null)
{
    /// <summary>What writing the document needs, computed ahead by <see cref="Prepare"/>, or null.</summary>
    internal PreparedRows? Prepared { get; init; }

    /// <summary>
    /// Computes now, on the calling thread, everything writing the document needs but its id: the analysis JSON, the
    /// layer rows and, with <paramref name="search"/>, its search row (term vectors, names, date spans). A worker calls
    /// it right after the analysis, in parallel with the other analyses, so that the one writer that commits the
    /// groups only encodes and sends. Returns a copy that carries them; <see cref="PostgresDocumentStore.SaveManyAsync"/>
    /// computes them itself for a document not prepared (or prepared for another search).
    /// </summary>
    public DocumentToStore Prepare(PostgresSearchIndex? search = null) => this with { Prepared = PreparedRows.Of(this, search) };
}

/// <summary>A document's analysis JSON, layer rows and search row (without its id), computed ahead of its transaction.</summary>
internal sealed record PreparedRows(string Json, DocumentRows Rows, PostgresSearchIndex? Index, SearchRow? Search)
{
    public static PreparedRows Of(DocumentToStore d, PostgresSearchIndex? search) => new(
        DocumentRows.AnalysisJson(d.Document), DocumentRows.From(d.Document), search,
        search?.Row(IndexedDocument.From(0, d.Document, d.Metadata?.SourcePath)));
}

/// <summary>
/// Writes a group of documents to PostgreSQL in one transaction: one multi-row <c>INSERT … ON CONFLICT (sha256)
/// DO NOTHING</c> for the documents (sorted by SHA-256, so two writers with overlapping groups take the unique
/// index's locks in the same order and cannot deadlock), then one binary <c>COPY</c> per layer table for the
/// rows of every new document (events, participants, the clusters they name, aliases: schema 3), then, when asked, the search rows of every new document (two statements taking arrays), then the
/// commit. About a dozen round trips for the whole group instead of about six per document.
/// </summary>
internal static class PostgresGroupWriter
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static async Task<IReadOnlyList<IngestResult>> SaveAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<DocumentToStore> documents, PostgresSearchIndex? search, Action<string>? afterTable, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new IngestResult?[documents.Count];
        if (documents.Count == 0)
        {
            return [];
        }

        // The first document of each text is written; later ones in the same group are the same text again.
        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(documents[i]);
            firstOf.TryAdd(documents[i].Document.Source.Sha256, i);
        }

        var order = firstOf.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using var conn = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);

        var created = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var cmd = new NpgsqlCommand("""
            INSERT INTO documents (sha256, source_path, ingested_at, length, text, analysis_json, schema_id)
            SELECT * FROM unnest(@sha, @path, @at, @len, @text, @json, @schema)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id, sha256
            """, conn, tx))
        {
            var docs = order.Select(i => documents[i]).ToArray();
            cmd.Parameters.Add(Array("sha", docs.Select(d => d.Document.Source.Sha256)));
            cmd.Parameters.Add(Array("path", docs.Select(d => d.Metadata?.SourcePath ?? d.Document.Source.Path)));
            cmd.Parameters.Add(Array("at", docs.Select(d => (d.Metadata?.IngestedAt ?? now).ToUniversalTime().ToString(Timestamp, CultureInfo.InvariantCulture))));
            cmd.Parameters.Add(new NpgsqlParameter("len", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = docs.Select(d => d.Document.Source.Length).ToArray() });
            cmd.Parameters.Add(Array("text", docs.Select(d => d.Document.Source.Text)));
            cmd.Parameters.Add(Array("json", docs.Select(d => d.Prepared?.Json ?? DocumentRows.AnalysisJson(d.Document))));
            cmd.Parameters.Add(Array("schema", docs.Select(_ => Core.Output.DocumentJsonWriter.Schema)));
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                created[r.GetString(1)] = r.GetInt64(0);
            }
        }

        afterTable?.Invoke("documents");
        var fresh = new List<(long Id, DocumentToStore Doc, DocumentRows Rows)>();
        foreach (var i in order)
        {
            var sha = documents[i].Document.Source.Sha256;
            if (created.TryGetValue(sha, out var id))
            {
                results[i] = new IngestResult(id, sha, true);
                fresh.Add((id, documents[i], documents[i].Prepared?.Rows ?? DocumentRows.From(documents[i].Document)));
            }
        }

        var conflicts = order.Where(i => results[i] is null).Select(i => documents[i].Document.Source.Sha256).ToArray();
        var existing = new Dictionary<string, long>(StringComparer.Ordinal);
        if (conflicts.Length > 0)
        {
            // Stored before (or by a concurrent writer, whose commit our INSERT waited for): read their ids.
            await using var cmd = new NpgsqlCommand("SELECT id, sha256 FROM documents WHERE sha256 = ANY(@sha)", conn, tx);
            cmd.Parameters.Add(Array("sha", conflicts));
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                existing[r.GetString(1)] = r.GetInt64(0);
            }
        }

        await CopyClustersAsync(conn, fresh, ct).ConfigureAwait(false);
        afterTable?.Invoke("clusters");
        await CopyEventsAsync(conn, fresh, ct).ConfigureAwait(false);
        afterTable?.Invoke("events");
        if (search is not null && fresh.Count > 0)
        {
            await using var batch = new NpgsqlBatch(conn, tx);
            PostgresSearchIndex.AppendRows(batch, [.. fresh.Select(f => (f.Id, f.Doc.Prepared is { Search: { } row } p && ReferenceEquals(p.Index, search)
                ? row
                : search.Row(IndexedDocument.From(f.Id, f.Doc.Document, f.Doc.Metadata?.SourcePath))))], replace: false);
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            afterTable?.Invoke("search");
        }

        await tx.CommitAsync(ct).ConfigureAwait(false);

        for (var i = 0; i < documents.Count; i++)
        {
            if (results[i] is null)
            {
                var sha = documents[i].Document.Source.Sha256;
                var id = created.TryGetValue(sha, out var c) ? c
                    : existing.TryGetValue(sha, out var e) ? e
                    : throw new InvalidOperationException("Conflicting document vanished: " + sha);
                results[i] = new IngestResult(id, sha, false);
            }
        }

        return results!;
    }

    private static NpgsqlParameter Array(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static async Task CopyClustersAsync(NpgsqlConnection conn, List<(long Id, DocumentToStore Doc, DocumentRows Rows)> fresh, CancellationToken ct)
    {
        if (fresh.All(f => f.Rows.Clusters.IsEmpty))
        {
            return;
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY clusters (document_id, cluster_id, name) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var (id, _, rows) in fresh)
            {
                foreach (var c in rows.Clusters)
                {
                    w.StartRow();
                    Long(w, id);
                    Int(w, c.Id);
                    Text(w, c.Name);
                }
            }

            await w.CompleteAsync(ct).ConfigureAwait(false);
        }

        if (fresh.All(f => f.Rows.Clusters.All(c => c.Aliases.IsEmpty)))
        {
            return;
        }

        await using var a = await conn.BeginBinaryImportAsync("COPY aliases (document_id, cluster_id, alias) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        foreach (var (id, _, rows) in fresh)
        {
            foreach (var c in rows.Clusters)
            {
                foreach (var alias in c.Aliases)
                {
                    a.StartRow();
                    Long(a, id);
                    Int(a, c.Id);
                    Text(a, alias);
                }
            }
        }

        await a.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static async Task CopyEventsAsync(NpgsqlConnection conn, List<(long Id, DocumentToStore Doc, DocumentRows Rows)> fresh, CancellationToken ct)
    {
        if (fresh.All(f => f.Rows.Events.IsEmpty))
        {
            return;
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            "COPY events (document_id, idx, type, trigger_start, trigger_end, trigger_text, date_start, date_end, start_day, end_day, place_cluster) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            foreach (var (id, _, rows) in fresh)
            {
                foreach (var e in rows.Events)
                {
                    w.StartRow();
                    Long(w, id);
                    Int(w, e.Index);
                    Text(w, e.Type);
                    Int(w, e.TriggerStart);
                    Int(w, e.TriggerEnd);
                    Text(w, e.TriggerText);
                    Text(w, e.DateStart);
                    Text(w, e.DateEnd);
                    Long(w, e.StartDay);
                    Long(w, e.EndDay);
                    Int(w, e.Place);
                }
            }

            await w.CompleteAsync(ct).ConfigureAwait(false);
        }

        if (fresh.All(f => f.Rows.Events.All(e => e.Participants.IsEmpty)))
        {
            return;
        }

        await using var p = await conn.BeginBinaryImportAsync("COPY participants (document_id, event_idx, role, cluster_id) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        foreach (var (id, _, rows) in fresh)
        {
            foreach (var e in rows.Events)
            {
                foreach (var (role, cluster) in e.Participants)
                {
                    p.StartRow();
                    Long(p, id);
                    Int(p, e.Index);
                    Text(p, role);
                    Int(p, cluster);
                }
            }
        }

        await p.CompleteAsync(ct).ConfigureAwait(false);
    }

    // The fields are written synchronously: they go into the importer's buffer (8 KB), which is sent, with a synchronous
    // socket write, only when it fills; an awaited call per field cost a state machine per field for nothing. A
    // group's rows are a few kilobytes, so most groups are sent whole by the asynchronous CompleteAsync.
    private static void Text(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Int(NpgsqlBinaryImporter w, int? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Long(NpgsqlBinaryImporter w, long? value)
    {
        if (value is { } v)
        {
            w.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            w.WriteNull();
        }
    }
}
