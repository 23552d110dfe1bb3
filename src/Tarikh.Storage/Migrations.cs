using System.Collections.Immutable;
using Tarikh.Storage.Sql;

namespace Tarikh.Storage;

/// <summary>A schema change: applied once, in version order, in its own transaction.</summary>
/// <param name="Version">Version reached after applying it (1, 2, …).</param>
/// <param name="Name">Short description.</param>
/// <param name="Statements">DDL statements for a dialect.</param>
public sealed record Migration(int Version, string Name, Func<SqlDialect, IReadOnlyList<string>> Statements);

/// <summary>
/// The versioned schema shared by the SQLite and PostgreSQL stores. Dates are stored twice: as ISO
/// text (<c>YYYY-MM-DD</c>, readable) and as day numbers since 1970-01-01 (<c>*_day</c>, comparable,
/// valid before year 1). Never edit a released migration: append a new one.
/// </summary>
public static class Migrations
{
    /// <summary>
    /// Migration 2 on PostgreSQL: the layer tables' foreign keys are replaced by statement-level <c>AFTER DELETE</c>
    /// triggers that delete the same rows (a document's timexes, clusters, events and flags with it, a cluster's aliases
    /// and an event's participants with them), so <c>DELETE FROM documents …</c> still removes everything of a document.
    /// A foreign key costs PostgreSQL one <c>SELECT … FOR KEY SHARE</c> on the parent per inserted row (measured at about
    /// 30 % of its CPU per stored document, docs/scale.md); the rows of a document are only ever written by the store, in
    /// the same transaction as the document, so the check could never fail. SQLite keeps its foreign keys (an
    /// in-process index lookup; same tables and columns either way).
    /// </summary>
    private static readonly string[] PostgresCascadeTriggers =
    [
        """
        DO $$
        DECLARE c record;
        BEGIN
          FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
                   WHERE contype = 'f' AND conrelid IN ('timexes'::regclass, 'clusters'::regclass, 'aliases'::regclass,
                                                        'events'::regclass, 'participants'::regclass, 'flags'::regclass)
          LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
          END LOOP;
        END
        $$
        """,
        """
        CREATE FUNCTION tarikh_delete_document_rows() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM timexes x USING old_rows o WHERE x.document_id = o.id;
          DELETE FROM clusters x USING old_rows o WHERE x.document_id = o.id;
          DELETE FROM events x USING old_rows o WHERE x.document_id = o.id;
          DELETE FROM flags x USING old_rows o WHERE x.document_id = o.id;
          RETURN NULL;
        END
        $$
        """,
        """
        CREATE TRIGGER documents_delete_rows AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tarikh_delete_document_rows()
        """,
        """
        CREATE FUNCTION tarikh_delete_cluster_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM aliases x USING old_rows o WHERE x.document_id = o.document_id AND x.cluster_id = o.cluster_id;
          RETURN NULL;
        END
        $$
        """,
        """
        CREATE TRIGGER clusters_delete_aliases AFTER DELETE ON clusters REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tarikh_delete_cluster_aliases()
        """,
        """
        CREATE FUNCTION tarikh_delete_event_participants() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM participants x USING old_rows o WHERE x.document_id = o.document_id AND x.event_idx = o.idx;
          RETURN NULL;
        END
        $$
        """,
        """
        CREATE TRIGGER events_delete_participants AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION tarikh_delete_event_participants()
        """,
    ];

    /// <summary>
    /// Migration 3: each layer is stored once, in the analysis JSON; the layer tables keep only the rows and columns a
    /// query reads (<see cref="SqlDocumentStore.QueryEventsAsync"/>, the only reader: the events' date, type, trigger
    /// and place, the participants, and the names and aliases of the clusters an event names as its place or a
    /// participant). Timexes and flags were read by no query (the API, the CLI and the search read them from the JSON)
    /// and are dropped; clusters no event names are deleted with their aliases; the columns no query reads are dropped
    /// (an event's timex, sentence and confidence; a cluster's label, kind, mention count and subject mark), with the
    /// indexes no query can use (<c>LIKE '%…%'</c> on names and aliases); the participants are indexed by their event,
    /// which is how the query looks them up. docs/scale.md, round 15.
    /// </summary>
    private static IReadOnlyList<string> LayersOnce(SqlDialect d) =>
    [
        .. d == SqlDialect.Postgres
            ? new[]
            {
                """
                CREATE OR REPLACE FUNCTION tarikh_delete_document_rows() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  DELETE FROM clusters x USING old_rows o WHERE x.document_id = o.id;
                  DELETE FROM events x USING old_rows o WHERE x.document_id = o.id;
                  RETURN NULL;
                END
                $$
                """,
            }
            : [],
        "DROP TABLE timexes",
        "DROP TABLE flags",
        """
        DELETE FROM clusters WHERE
          NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = clusters.document_id AND e.place_cluster = clusters.cluster_id)
          AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.document_id = clusters.document_id AND p.cluster_id = clusters.cluster_id)
        """,
        "DELETE FROM aliases WHERE NOT EXISTS (SELECT 1 FROM clusters c WHERE c.document_id = aliases.document_id AND c.cluster_id = aliases.cluster_id)",
        "DROP INDEX ix_clusters_name",
        "DROP INDEX ix_aliases_alias",
        "DROP INDEX ix_participants_cluster",
        "CREATE INDEX ix_participants_event ON participants(document_id, event_idx)",
        "ALTER TABLE events DROP COLUMN timex_idx",
        "ALTER TABLE events DROP COLUMN sentence",
        "ALTER TABLE events DROP COLUMN confidence",
        "ALTER TABLE clusters DROP COLUMN label",
        "ALTER TABLE clusters DROP COLUMN kind",
        "ALTER TABLE clusters DROP COLUMN mention_count",
        "ALTER TABLE clusters DROP COLUMN is_subject",
    ];

    /// <summary>All migrations, in order.</summary>
    public static ImmutableArray<Migration> All { get; } =
    [
        new(1, "documents, analysis and layer tables", d =>
        [
            $"""
            CREATE TABLE documents (
              id {d.IdColumn},
              sha256 TEXT NOT NULL UNIQUE,
              source_path TEXT NULL,
              ingested_at TEXT NOT NULL,
              length INTEGER NOT NULL,
              text TEXT NOT NULL,
              analysis_json TEXT NOT NULL,
              schema_id TEXT NOT NULL)
            """,
            $"""
            CREATE TABLE timexes (
              document_id {d.BigInt} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
              type TEXT NOT NULL, value TEXT NULL, mod TEXT NULL, calendar TEXT NOT NULL,
              greg_start TEXT NULL, greg_end TEXT NULL, start_day {d.BigInt} NULL, end_day {d.BigInt} NULL,
              valid INTEGER NOT NULL, reason TEXT NULL, confidence {d.Real} NOT NULL,
              PRIMARY KEY (document_id, idx))
            """,
            "CREATE INDEX ix_timexes_days ON timexes(start_day, end_day)",
            $"""
            CREATE TABLE clusters (
              document_id {d.BigInt} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              cluster_id INTEGER NOT NULL,
              label TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NULL, mention_count INTEGER NOT NULL,
              is_subject INTEGER NOT NULL,
              PRIMARY KEY (document_id, cluster_id))
            """,
            "CREATE INDEX ix_clusters_name ON clusters(label, name)",
            $"""
            CREATE TABLE aliases (
              document_id {d.BigInt} NOT NULL, cluster_id INTEGER NOT NULL, alias TEXT NOT NULL,
              FOREIGN KEY (document_id, cluster_id) REFERENCES clusters(document_id, cluster_id) ON DELETE CASCADE)
            """,
            "CREATE INDEX ix_aliases_alias ON aliases(alias)",
            $"""
            CREATE TABLE events (
              document_id {d.BigInt} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              type TEXT NOT NULL,
              trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
              timex_idx INTEGER NULL,
              date_start TEXT NULL, date_end TEXT NULL, start_day {d.BigInt} NULL, end_day {d.BigInt} NULL,
              place_cluster INTEGER NULL, sentence INTEGER NOT NULL, confidence {d.Real} NOT NULL,
              PRIMARY KEY (document_id, idx))
            """,
            "CREATE INDEX ix_events_type_days ON events(type, start_day, end_day)",
            "CREATE INDEX ix_events_days ON events(start_day, end_day)",
            $"""
            CREATE TABLE participants (
              document_id {d.BigInt} NOT NULL, event_idx INTEGER NOT NULL, role TEXT NOT NULL, cluster_id INTEGER NOT NULL,
              FOREIGN KEY (document_id, event_idx) REFERENCES events(document_id, idx) ON DELETE CASCADE)
            """,
            "CREATE INDEX ix_participants_cluster ON participants(document_id, cluster_id)",
            $"""
            CREATE TABLE flags (
              document_id {d.BigInt} NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              idx INTEGER NOT NULL,
              rule TEXT NOT NULL, severity TEXT NOT NULL,
              span_start INTEGER NULL, span_end INTEGER NULL,
              message_ar TEXT NOT NULL, message_en TEXT NOT NULL, evidence_json TEXT NOT NULL,
              PRIMARY KEY (document_id, idx))
            """,
            "CREATE INDEX ix_flags_rule ON flags(rule)",
        ]),
        new(2, "layer rows deleted with their document by statement triggers instead of foreign keys (PostgreSQL)", d => d == SqlDialect.Postgres ? PostgresCascadeTriggers : []),
        new(3, "each layer stored once: no timex or flag rows, only the clusters an event names, only the columns a query reads", LayersOnce),
    ];

    /// <summary>The latest schema version.</summary>
    public static int Latest => All[^1].Version;
}
